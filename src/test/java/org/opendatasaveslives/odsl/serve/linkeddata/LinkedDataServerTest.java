package org.opendatasaveslives.odsl.serve.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendatasaveslives.odsl.serve.linkeddata.LinkedDataFixture.get;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendatasaveslives.odsl.serve.OdslServer;
import org.opendatasaveslives.odsl.serve.ServeConfig;
import org.opendatasaveslives.odsl.vocab.Odsl;

/** The linked-data routes of a running {@link OdslServer}, over HTTP. */
class LinkedDataServerTest {
    private static final Node CRIME = NodeFactory.createURI(LinkedDataFixture.CRIME);
    private static final Node LSOA = NodeFactory.createURI(LinkedDataFixture.LSOA);

    private static OdslServer server;
    private static String base;

    @BeforeAll
    static void start() {
        DatasetGraph dataset = LinkedDataFixture.dataset();
        server = OdslServer.start(ServeConfig.forDataset(dataset).port(0).build());
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void idAnswersSeeOtherToTheDocument() throws Exception {
        HttpResponse<String> response = get(base + "/id/crime/c1", "text/html");
        assertEquals(303, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/doc/crime/c1"),
                response.headers().map().toString());
        assertEquals(303, get(base + "/id/observation/police-recorded-crime/E01000001/2025-01/burglary", "*/*").statusCode());
    }

    @Test
    void aNamedGraphUriLeadsToTheDocumentAboutItsRelease() throws Exception {
        HttpResponse<String> response = get(base + "/graph/police-test", "text/html");
        assertEquals(303, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertEquals("/doc?uri=https%3A%2F%2Fodsl.org.uk%2Fgraph%2Fpolice-test", location);
        String page = get(base + location, "text/html").body();
        assertTrue(page.contains("/doc/dataset/police-test"), "the page links the release that loaded the graph: " + page);
    }

    @Test
    void documentOnLocalhostDescribesTheDataUri() throws Exception {
        HttpResponse<String> response = get(base + "/doc/crime/c1", "text/turtle");
        assertEquals(200, response.statusCode());
        Graph graph = parse(response.body(), Lang.TURTLE);
        assertTrue(graph.contains(CRIME, Odsl.term("lsoa"), LSOA), response.body());
        assertTrue(graph.contains(LSOA, RDFS.Nodes.label, NodeFactory.createLiteralString("Testtown 001A")),
                "labels of the things mentioned: " + response.body());
        assertTrue(graph.contains(NodeFactory.createURI(base + "/doc/crime/c1"), Vocab.PRIMARY_TOPIC, CRIME), response.body());
    }

    @Test
    void negotiatesEveryFormatAndVariesOnAccept() throws Exception {
        for (DocumentFormat format : DocumentFormat.values()) {
            HttpResponse<String> response = get(base + "/doc/crime/c1", format.mediaType());
            assertEquals(200, response.statusCode(), format.name());
            assertEquals(format.mediaType(), contentType(response), format.name());
            assertEquals("Accept", response.headers().firstValue("Vary").orElse(""), format.name());
            assertDescribesTheCrime(format, response.body());
        }
    }

    @Test
    void suffixChoosesTheFormatWhateverTheAcceptHeader() throws Exception {
        for (DocumentFormat format : DocumentFormat.values()) {
            HttpResponse<String> response = get(base + "/doc/crime/c1." + format.suffix(), "application/rdf+xml;q=0.1, text/html");
            assertEquals(200, response.statusCode(), format.name());
            assertEquals(format.mediaType(), contentType(response), format.name());
            assertFalse(response.headers().firstValue("Vary").isPresent(), "a suffixed document does not vary: " + format);
            assertDescribesTheCrime(format, response.body());
        }
    }

    @Test
    void qValuesDecide() throws Exception {
        assertEquals("application/ld+json", contentType(get(base + "/doc/crime/c1", "text/turtle;q=0.5, application/ld+json")));
        assertEquals("text/turtle", contentType(get(base + "/doc/crime/c1", "text/html;q=0, text/*;q=0.8, */*;q=0.1")));
        assertEquals("text/html", contentType(get(base + "/doc/crime/c1", null)));
        assertEquals("text/html", contentType(get(base + "/doc/crime/c1",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")));
    }

    @Test
    void notAcceptableWhenNoFormatFits() throws Exception {
        HttpResponse<String> response = get(base + "/doc/crime/c1", "image/png");
        assertEquals(406, response.statusCode());
        assertTrue(response.body().contains("text/turtle (.ttl)"), response.body());
    }

    @Test
    void unknownResourceIsNotFoundWithAHelpfulPage() throws Exception {
        HttpResponse<String> page = get(base + "/doc/crime/no-such-crime", "text/html");
        assertEquals(404, page.statusCode());
        assertEquals("text/html", contentType(page));
        assertTrue(page.body().contains("Nothing is known about https://odsl.org.uk/id/crime/no-such-crime"), page.body());
        assertTrue(page.body().contains("/doc/area/{GSS code}"), page.body());
        assertTrue(page.body().contains("href=\"/\""), "links to the query editor: " + page.body());

        HttpResponse<String> text = get(base + "/doc/crime/no-such-crime", "text/turtle");
        assertEquals(404, text.statusCode());
        assertEquals("text/plain", contentType(text));
        assertTrue(text.body().startsWith("Nothing is known about https://odsl.org.uk/id/crime/no-such-crime"), text.body());

        assertEquals(404, get(base + "/doc/crime", "text/html").statusCode());
        assertEquals(404, get(base + "/id/crime", "text/html").statusCode());
        assertEquals(404, get(base + "/doc/area/E99999999", "text/turtle").statusCode());
    }

    @Test
    void pagesEscapeTheData() throws Exception {
        HttpResponse<String> response = get(base + "/doc/crime/c1", "text/html");
        String html = response.body();
        assertTrue(html.contains("On or near &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Lane"), html);
        assertFalse(html.contains("<script"), "no script element, from the data or otherwise: " + html);
        assertTrue(html.contains("<span title=\"javascript:alert(1)\">javascript:alert(1)</span>"), html);
        assertFalse(html.contains("href=\"javascript:"), "a javascript: IRI in the data is not a link: " + html);
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
    }

    @Test
    void crimePageLinksItsLsoaItsReleaseAndTheMap() throws Exception {
        String html = get(base + "/doc/crime/c1", "text/html").body();
        assertTrue(html.contains("<h1>Street-level crime record c1</h1>"), html);
        assertTrue(html.contains("<a href=\"/doc/area/E01000001\" title=\"" + LinkedDataFixture.LSOA + "\">Testtown 001A</a>"), html);
        assertTrue(html.contains("<a href=\"/def/odsl/lsoa\" title=\"https://odsl.org.uk/def/odsl/lsoa\">LSOA</a>"), html);
        assertTrue(html.contains("href=\"/doc/dataset/police-test\" class=\"graph\""), "graph links to its release: " + html);
        assertTrue(html.contains("https://www.openstreetmap.org/?mlat=51.5&amp;mlon=-0.12"), html);
        assertTrue(html.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/doc/crime/c1.ttl\">"), html);
    }

    @Test
    void areaPageShowsItsHierarchyAndTheDataAboutIt() throws Exception {
        String lsoa = get(base + "/doc/area/E01000001", "text/html").body();
        assertTrue(lsoa.contains("<h2>Place in the geography</h2>"), lsoa);
        int district = lsoa.indexOf(">Testtown</a>");
        int region = lsoa.indexOf(">Test Region</a>");
        assertTrue(district > 0 && region > district, "the district, then the region it lies within: " + lsoa);
        assertTrue(lsoa.contains(">Test crime counts</a></td><td>statistics (Data Cube)</td><td>1 observations</td>"), lsoa);
        assertTrue(lsoa.contains("Test police release</td><td>records, by <a href=\"/def/odsl/lsoa\" title=\"https://odsl.org.uk/def/odsl/lsoa\">LSOA</a></td><td>1 resources</td>"), lsoa);
        assertTrue(lsoa.contains("<a href=\"/doc/crime/c1\""), "incoming link to the crime: " + lsoa);

        String district2 = get(base + "/doc/area/E07000001", "text/html").body();
        assertTrue(district2.contains("<h3>Areas within it</h3>"), district2);
        assertTrue(district2.contains("Lower layer super output area: 2"), district2);
        assertTrue(district2.contains(">Testtown 001A</a>") && district2.contains(">Testtown 001B</a>"), district2);
        assertTrue(district2.contains("<a href=\"/extract/area/E07000001.ttl\">Turtle</a>"),
            "the page offers the area's data back as one file: " + district2);
    }

    @Test
    void observationPageShowsDataSetAreaAndMeasure() throws Exception {
        HttpResponse<String> response = get(base + "/doc/observation/police-recorded-crime/E01000001/2025-01/burglary", "text/html");
        assertEquals(200, response.statusCode());
        String html = response.body();
        assertTrue(html.contains(">Test crime counts</a>"), html);
        assertTrue(html.contains("<a href=\"/doc/area/E01000001\""), html);
        assertTrue(html.contains("<a href=\"/doc/month/2025-01\""), "months are described here, not re-minted: " + html);
        assertTrue(html.contains(">crime count</a></th><td><ul><li>7"), html);
        assertTrue(html.contains("derived"), "the derived graph is named as the source: " + html);
    }

    @Test
    void termPageShowsDefinitionAndUsage() throws Exception {
        String html = get(base + "/def/odsl/lsoa", "text/html").body();
        assertTrue(html.contains("<h1>LSOA</h1>"), html);
        assertTrue(html.contains("The lower layer super output area the record is located in."), html);
        assertTrue(html.contains("2 statements use this property"), "c1 and the secret crime: " + html);
        String owlClass = get(base + "/def/odsl/CrimeRecord", "text/html").body();
        assertTrue(owlClass.contains("2 instances"), owlClass);
    }

    @Test
    void ontologyIndexListsTermsWithDomainRangeAndCounts() throws Exception {
        String html = get(base + "/def/", "text/html").body();
        assertTrue(html.contains("<h2>Classes (4)</h2>"), html);
        Matcher row = Pattern.compile("<tr id=\"odsl:lsoa\">(.*?)</tr>").matcher(html);
        assertTrue(row.find(), html);
        assertTrue(row.group(1).contains("The lower layer super output area the record is located in."), row.group(1));
        assertTrue(row.group(1).contains(">Street-level crime record</a></td><td><a"), "domain then range: " + row.group(1));
        assertTrue(row.group(1).endsWith("<td class=\"count\">2</td>"), row.group(1));
        Matcher lsoaClass = Pattern.compile("<tr id=\"odsl:LowerLayerSuperOutputArea\">(.*?)</tr>").matcher(html);
        assertTrue(lsoaClass.find(), html);
        assertTrue(lsoaClass.group(1).endsWith("<td class=\"count\">2</td>"),
                "two areas, one of them typed in two graphs: " + lsoaClass.group(1));
        HttpResponse<String> turtle = get(base + "/def/", "text/turtle");
        assertTrue(parse(turtle.body(), Lang.TURTLE).contains(Odsl.term("lsoa"), RDFS.Nodes.range, Odsl.term("LowerLayerSuperOutputArea")));
    }

    @Test
    void otherUrisTheDataDescribesHaveAGenericDocument() throws Exception {
        String build = URLEncoder.encode("https://odsl.org.uk/graph/police-test#build", StandardCharsets.UTF_8);
        HttpResponse<String> html = get(base + "/doc?uri=" + build, "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("<h1>ODSL Graph build of the test police release</h1>"), html.body());
        HttpResponse<String> turtle = get(base + "/doc.ttl?uri=" + build, "text/html");
        assertEquals("text/turtle", contentType(turtle));
        String release = get(base + "/doc/dataset/police-test", "text/html").body();
        assertTrue(release.contains("<a href=\"/doc?uri=" + build + "\""), "provenance is linked: " + release);
    }

    @Test
    void busyResourceIsCutShortWithALinkToTheRest() throws Exception {
        HttpResponse<String> turtle = get(base + "/doc/month/2025-02", "text/turtle");
        Graph graph = parse(turtle.body(), Lang.TURTLE);
        long incoming = graph.find(Node.ANY, Odsl.term("month"), NodeFactory.createURI(LinkedDataFixture.BUSY_MONTH)).toList().size();
        assertEquals(ResourceDescription.INCOMING_LIMIT, incoming);
        Node more = graph.find(NodeFactory.createURI(base + "/doc/month/2025-02"), RDFS.Nodes.seeAlso, Node.ANY).next().getObject();
        HttpResponse<String> all = get(more.getURI(), "application/n-triples");
        assertEquals(200, all.statusCode());
        assertEquals(LinkedDataFixture.BUSY_MONTH_CRIMES, parse(all.body(), Lang.NTRIPLES).size());

        String html = get(base + "/doc/month/2025-02", "text/html").body();
        assertTrue(html.contains("Only the first 500 statements referring to this resource are shown."), html);
    }

    @Test
    void pageGivesTheSparqlThatFetchesTheSameData() throws Exception {
        String html = get(base + "/doc/crime/c1", "text/html").body();
        assertTrue(html.contains("href=\"/#query=SELECT"), "opens in the query editor: " + html);
        Matcher run = Pattern.compile("href=\"(/odsl/sparql\\?query=[^\"]+)\">Run on the endpoint").matcher(html);
        assertTrue(run.find(), html);
        HttpResponse<String> response = get(base + run.group(1).replace("&amp;", "&"), "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        ResultSet results = ResultSetFactory.fromJSON(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        boolean lsoaRow = false;
        while (results.hasNext()) {
            var row = results.next();
            lsoaRow |= row.get("value").isURIResource() && row.getResource("value").getURI().equals(LinkedDataFixture.LSOA);
        }
        assertTrue(lsoaRow, "the query returns the crime's LSOA");
        String query = URLDecoder.decode(run.group(1).substring(run.group(1).indexOf('=') + 1), StandardCharsets.UTF_8);
        assertTrue(html.contains(Html.escape(query)), "the page shows the query it links to");
    }

    private static void assertDescribesTheCrime(DocumentFormat format, String body) {
        if (format == DocumentFormat.HTML) {
            assertTrue(body.contains(">Testtown 001A</a>"), body);
        } else {
            assertTrue(parse(body, format.lang()).contains(CRIME, Odsl.term("lsoa"), LSOA), format + ": " + body);
        }
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "").strip();
    }

    private static Graph parse(String text, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, lang).parse(graph);
        return graph;
    }
}
