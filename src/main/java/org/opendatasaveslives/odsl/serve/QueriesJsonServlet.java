package org.opendatasaveslives.odsl.serve;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the example queries the request's user may run as a JSON array of {@code {name, title, question, query, file}}
 * objects.
 */
final class QueriesJsonServlet extends HttpServlet {
    static final String PATH = "/queries.json";

    private final ExampleQueryAudience audience;
    private final byte[] openJson;
    private final byte[] fullJson;

    QueriesJsonServlet(ExampleQueryAudience audience) throws IOException {
        ObjectMapper json = new ObjectMapper();
        this.audience = audience;
        this.openJson = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(HomePage.describe(audience.open()));
        this.fullJson = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(HomePage.describe(audience.all()));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] json = audience.seesAll(request) ? fullJson : openJson;
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("Vary", "Authorization");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
