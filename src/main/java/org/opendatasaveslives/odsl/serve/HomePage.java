package org.opendatasaveslives.odsl.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The home page: a YASGUI editor on the SPARQL endpoint with one tab per example query, and the same examples as
 * a plain list of links, so the page is still useful without JavaScript.
 * <p>
 * Links are relative to the page (served at {@code /}) so the page also works behind a proxy that adds a path prefix.
 */
final class HomePage {
    static final String TEMPLATE = "odsl/web/home.html";
    static final String YASGUI_PATH = "webjars/yasgui/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private HomePage() {
    }

    static String render(List<ExampleQuery> queries) {
        Map<String, String> values = Map.of(
                "yasguiBase", YASGUI_PATH,
                "endpoint", relative(OdslServer.SPARQL_PATH),
                "graphStore", relative(OdslServer.GRAPH_STORE_PATH),
                "exampleList", exampleList(queries),
                "config", config(queries));
        // One pass, so that text inserted from a query file is never itself taken for a placeholder.
        return PLACEHOLDER.matcher(template()).replaceAll(match -> {
            String value = values.get(match.group(1));
            if (value == null) {
                throw new IllegalStateException("Unknown placeholder " + match.group() + " in " + TEMPLATE);
            }
            return Matcher.quoteReplacement(value);
        });
    }

    /** The example queries as the JSON document served at {@code /queries.json}. */
    static List<Map<String, String>> describe(List<ExampleQuery> queries) {
        return queries.stream().map(HomePage::describe).toList();
    }

    private static Map<String, String> describe(ExampleQuery query) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("name", query.name());
        json.put("title", query.title());
        json.put("question", query.question());
        json.put("query", query.text());
        json.put("file", QueryFileServlet.path(query));
        return json;
    }

    private static String exampleList(List<ExampleQuery> queries) {
        if (queries.isEmpty()) {
            return "    <p>No example queries are installed.</p>";
        }
        StringBuilder html = new StringBuilder("    <dl>\n");
        for (ExampleQuery query : queries) {
            String run = relative(OdslServer.SPARQL_PATH) + "?query=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8);
            String file = relative(QueryFileServlet.path(query));
            html.append("      <dt>").append(HtmlEscaper.escape(query.title())).append("</dt>\n");
            if (!query.question().isEmpty()) {
                html.append("      <dd>").append(HtmlEscaper.escape(query.question())).append("</dd>\n");
            }
            html.append("      <dd class=\"links\"><a href=\"").append(HtmlEscaper.escape(run)).append("\">run</a> &middot; <a href=\"")
                    .append(HtmlEscaper.escape(file)).append("\">").append(HtmlEscaper.escape(query.name())).append(".rq</a></dd>\n");
        }
        return html.append("    </dl>").toString();
    }

    private static String config(List<ExampleQuery> queries) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("endpoint", relative(OdslServer.SPARQL_PATH));
        config.put("queries", describe(queries));
        try {
            // "<" only occurs inside JSON strings, where \u003c means the same; this keeps "</script>" out of the page.
            return JSON.writeValueAsString(config).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the example queries as JSON: " + e.getMessage(), e);
        }
    }

    private static String template() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("The home page template " + TEMPLATE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TEMPLATE + ": " + e.getMessage(), e);
        }
    }

    private static String relative(String absolutePath) {
        return absolutePath.substring(1);
    }
}
