package org.opendatasaveslives.odsl.serve.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendatasaveslives.odsl.serve.feedback.FeedbackFixture.CRIME;
import static org.opendatasaveslives.odsl.serve.feedback.FeedbackFixture.SAFEGUARDER;
import static org.opendatasaveslives.odsl.serve.feedback.FeedbackFixture.SECRET_CRIME;
import static org.opendatasaveslives.odsl.serve.feedback.FeedbackFixture.USER_HEADER;
import static org.opendatasaveslives.odsl.serve.feedback.FeedbackFixture.get;
import static org.opendatasaveslives.odsl.serve.feedback.FeedbackFixture.post;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendatasaveslives.odsl.vocab.Odsl;

/** {@code POST /feedback} and the feedback shown on resource pages and in the catalogue, over HTTP. */
class FeedbackServerTest {
    private static final Node FEEDBACK = NodeFactory.createURI(FeedbackFixture.BASE + "/graph/feedback");
    private static final Node RESTRICTED_FEEDBACK = NodeFactory.createURI(FeedbackFixture.BASE + "/graph/feedback-restricted");
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    private static DatasetGraph dataset;
    private static FusekiServer server;
    private static String root;

    @BeforeAll
    static void start() {
        dataset = FeedbackFixture.dataset();
        server = FeedbackFixture.start(dataset, new FeedbackLimits(2_000, 16_384, 1_000));
        root = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void formPostStoresAWebAnnotationAndReturnsToThePageThatListsIt() throws Exception {
        HttpResponse<String> response = post(root + "/feedback", FORM, form("target", CRIME, "motivation", "questioning",
                "text", "Is this really January?", "back", "/doc/crime/c1"), "Origin", root);
        assertEquals(303, response.statusCode(), response.body());
        assertEquals("/doc/crime/c1#feedback", response.headers().firstValue("Location").orElseThrow());

        Node annotation = onlyAnnotationWithText("Is this really January?");
        Graph stored = graphOf(FEEDBACK);
        assertTrue(stored.contains(annotation, RDF.Nodes.type, WebAnnotation.ANNOTATION));
        assertTrue(stored.contains(annotation, WebAnnotation.HAS_TARGET, NodeFactory.createURI(CRIME)));
        assertTrue(stored.contains(annotation, WebAnnotation.MOTIVATED_BY, WebAnnotation.oa("questioning")));
        Node body = stored.find(annotation, WebAnnotation.HAS_BODY, Node.ANY).next().getObject();
        assertTrue(stored.contains(body, RDF.Nodes.type, WebAnnotation.TEXTUAL_BODY));
        assertTrue(stored.contains(body, WebAnnotation.FORMAT, NodeFactory.createLiteralString("text/plain")));
        Node created = stored.find(annotation, WebAnnotation.CREATED, Node.ANY).next().getObject();
        assertEquals(XSDDatatype.XSDdateTime.getURI(), created.getLiteralDatatypeURI());
        assertTrue(stored.contains(annotation, RDFS.Nodes.label,
                NodeFactory.createLiteralLang("Feedback (question) " + created.getLiteralLexicalForm().substring(0, 10), "en")));
        assertFalse(stored.contains(annotation, WebAnnotation.CREATOR, Node.ANY), "an anonymous comment has no creator");
        assertTrue(annotation.getURI().matches("https://odsl\\.org\\.uk/id/annotation/[0-9a-f-]{36}"), annotation.getURI());

        String page = get(root + "/doc/crime/c1", "text/html", null).body();
        assertTrue(page.contains("Is this really January?"), page);
        assertTrue(page.contains(">question</a>"), "the kind of feedback, linked to the annotation's own page");
        assertTrue(page.contains(created.getLiteralLexicalForm()), "the date");
        assertTrue(page.contains("<form class=\"feedback\" method=\"post\" action=\"/feedback\">"), "the form to add more");
    }

    @Test
    void jsonPostAnswersCreatedWithTheAnnotationsDocument() throws Exception {
        HttpResponse<String> response = post(root + "/feedback", JSON,
                "{\"target\": \"" + CRIME + "\", \"motivation\": \"editing\", \"text\": \"The lane is Acacia Lane.\"}");
        assertEquals(201, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/doc/annotation/[0-9a-f-]{36}"), location);
        assertTrue(response.body().contains("\"motivation\" : \"oa:editing\""), response.body());

        HttpResponse<String> document = get(root + location, "text/turtle", null);
        assertEquals(200, document.statusCode());
        Graph rdf = turtle(document.body());
        Node annotation = NodeFactory.createURI(FeedbackFixture.BASE + location.replace("/doc/", "/id/"));
        assertTrue(rdf.contains(annotation, WebAnnotation.HAS_TARGET, NodeFactory.createURI(CRIME)), document.body());
        assertTrue(rdf.contains(annotation, WebAnnotation.MOTIVATED_BY, WebAnnotation.oa("editing")), document.body());
    }

    /** The decision for RDF: a resource's document links each annotation by oa:hasTarget; the annotation's own holds the rest. */
    @Test
    void turtleOfTheTargetLinksItsAnnotations() throws Exception {
        post(root + "/feedback", JSON, "{\"target\": \"" + CRIME + "\", \"motivation\": \"commenting\", \"text\": \"Linked in RDF\"}");
        Node annotation = onlyAnnotationWithText("Linked in RDF");
        Graph rdf = turtle(get(root + "/doc/crime/c1", "text/turtle", null).body());
        assertTrue(rdf.contains(annotation, WebAnnotation.HAS_TARGET, NodeFactory.createURI(CRIME)));
    }

    @Test
    void authenticatedCreatorIsRecordedAndNoAddressIsStored() throws Exception {
        HttpResponse<String> response = post(root + "/feedback", JSON,
                "{\"target\": \"" + CRIME + "\", \"motivation\": \"assessing\", \"text\": \"Checked against our own records.\"}",
                USER_HEADER, "alice");
        assertEquals(201, response.statusCode(), response.body());
        Node annotation = onlyAnnotationWithText("Checked against our own records.");
        assertTrue(graphOf(FEEDBACK).contains(annotation, WebAnnotation.CREATOR, NodeFactory.createLiteralString("alice")));
        assertTrue(get(root + "/doc/crime/c1", "text/html", null).body().contains(" · by alice"));
        Txn.executeRead(dataset, () -> dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quad ->
                assertFalse(quad.toString().contains("127.0.0.1"), "no client address in the data: " + quad)));
    }

    @Test
    void scriptInTheTextIsEscapedOnThePageAndNeverWrittenRaw() throws Exception {
        String text = "<script>alert(\"owned\")</script> & <b onmouseover='x()'>bold</b>";
        assertEquals(201, post(root + "/feedback", JSON, "{\"target\": \"" + CRIME + "\", \"motivation\": \"commenting\","
                + " \"text\": \"" + text.replace("\"", "\\\"") + "\"}").statusCode());
        HttpResponse<String> page = get(root + "/doc/crime/c1", "text/html", null);
        assertFalse(page.body().contains("<script>alert(\"owned\")"), page.body());
        assertFalse(page.body().contains("<b onmouseover"), page.body());
        assertTrue(page.body().contains("&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt; &amp; &lt;b onmouseover=&#39;x()&#39;&gt;"),
                page.body());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"),
                "and the page allows no script at all");
    }

    @Test
    void textOverTheLimitAndOversizedRequestsAreRefusedAndNothingIsStored() throws Exception {
        long before = annotationCount();
        HttpResponse<String> tooLong = post(root + "/feedback", JSON,
                "{\"target\": \"" + CRIME + "\", \"motivation\": \"commenting\", \"text\": \"" + "x".repeat(2_001) + "\"}");
        assertEquals(413, tooLong.statusCode());
        assertTrue(tooLong.body().contains("has 2001 characters; at most 2000 are accepted"), tooLong.body());
        HttpResponse<String> huge = post(root + "/feedback", FORM,
                form("target", CRIME, "motivation", "commenting", "text", "y".repeat(40_000)), "Origin", root);
        assertEquals(413, huge.statusCode());
        assertTrue(huge.body().contains("larger than 16384 bytes"), huge.body());
        assertEquals(before, annotationCount());
        assertEquals(201, post(root + "/feedback", JSON, "{\"target\": \"" + CRIME + "\", \"motivation\": \"commenting\","
                + " \"text\": \"" + "z".repeat(2_000) + "\"}").statusCode(), "exactly the limit is accepted");
    }

    @Test
    void unknownTargetsAndRestrictedOnesGetTheSameNotFound() throws Exception {
        HttpResponse<String> unknown = post(root + "/feedback", JSON,
                "{\"target\": \"https://odsl.org.uk/id/crime/nope\", \"motivation\": \"commenting\", \"text\": \"Hello\"}");
        HttpResponse<String> restricted = post(root + "/feedback", JSON,
                "{\"target\": \"" + SECRET_CRIME + "\", \"motivation\": \"commenting\", \"text\": \"Hello\"}");
        assertEquals(404, unknown.statusCode());
        assertEquals(404, restricted.statusCode());
        assertEquals(unknown.body().replace("https://odsl.org.uk/id/crime/nope", "X"), restricted.body().replace(SECRET_CRIME, "X"),
                "no hint that the restricted resource exists");
        post(root + "/feedback", JSON, "{\"target\": \"" + CRIME + "\", \"motivation\": \"commenting\", \"text\": \"To annotate\"}");
        String anAnnotation = onlyAnnotationWithText("To annotate").getURI();
        assertEquals(404, post(root + "/feedback", JSON, "{\"target\": \"" + anAnnotation
                + "\", \"motivation\": \"commenting\", \"text\": \"An annotation is not a target\"}").statusCode());
    }

    @Test
    void feedbackOnARestrictedResourceIsKeptInTheRestrictedGraphAndShownOnlyToItsReaders() throws Exception {
        HttpResponse<String> created = post(root + "/feedback", JSON,
                "{\"target\": \"" + SECRET_CRIME + "\", \"motivation\": \"questioning\", \"text\": \"Duplicate of c1?\"}",
                USER_HEADER, SAFEGUARDER);
        assertEquals(201, created.statusCode(), created.body());
        Node annotation = onlyAnnotationWithText("Duplicate of c1?");
        Graph restricted = graphOf(RESTRICTED_FEEDBACK);
        assertTrue(restricted.contains(annotation, WebAnnotation.HAS_TARGET, NodeFactory.createURI(SECRET_CRIME)));
        assertTrue(restricted.contains(RESTRICTED_FEEDBACK, Odsl.ACCESS_TIER, Odsl.RESTRICTED),
                "the graph is marked restricted, so access control keeps it from SPARQL and dumps");
        assertFalse(graphOf(FEEDBACK).contains(annotation, Node.ANY, Node.ANY));

        assertTrue(get(root + "/doc/crime/secret-1", "text/html", SAFEGUARDER).body().contains("Duplicate of c1?"));
        assertEquals(404, get(root + "/doc/crime/secret-1", "text/html", null).statusCode());
        String annotationDoc = annotation.getURI().replace(FeedbackFixture.BASE + "/id/", root + "/doc/");
        assertEquals(404, get(annotationDoc, "text/turtle", null).statusCode());
        assertFalse(get(root + "/catalog", "text/html", null).body().contains("Duplicate of c1?"));
    }

    @Test
    void motivationMustComeFromTheListAndTheBodyMustBeWellFormed() throws Exception {
        HttpResponse<String> liking = post(root + "/feedback", JSON,
                "{\"target\": \"" + CRIME + "\", \"motivation\": \"liking\", \"text\": \"Nice\"}");
        assertEquals(400, liking.statusCode());
        assertTrue(liking.body().contains("'motivation' must be one of questioning, editing, commenting"), liking.body());
        assertEquals(201, post(root + "/feedback", JSON, "{\"target\": \"" + CRIME
                + "\", \"motivation\": \"http://www.w3.org/ns/oa#describing\", \"text\": \"Full IRI works\"}").statusCode());
        assertEquals(400, post(root + "/feedback", JSON, "{\"motivation\": \"commenting\", \"text\": \"No target\"}").statusCode());
        assertEquals(400, post(root + "/feedback", JSON, "{\"target\": \"javascript:alert(1)\", \"motivation\": \"commenting\","
                + " \"text\": \"x\"}").statusCode());
        assertEquals(400, post(root + "/feedback", JSON, "{\"target\": \"" + CRIME + "\", \"motivation\": \"commenting\","
                + " \"text\": \"   \"}").statusCode());
        assertEquals(400, post(root + "/feedback", JSON, "not json").statusCode());
        assertEquals(415, post(root + "/feedback", "text/plain", "hello", "Origin", root).statusCode());
    }

    @Test
    void anNhsNumberInTheTextIsRefusedWithoutEchoingIt() throws Exception {
        HttpResponse<String> response = post(root + "/feedback", JSON,
                "{\"target\": \"" + CRIME + "\", \"motivation\": \"editing\", \"text\": \"This is patient 943 476 5919\"}");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("seems to hold an NHS number"), response.body());
        assertFalse(response.body().contains("5919"), response.body());
    }

    @Test
    void formsArePostedOnlyFromThisSite() throws Exception {
        String body = form("target", CRIME, "motivation", "commenting", "text", "Cross-site?");
        assertEquals(403, post(root + "/feedback", FORM, body, "Origin", "http://evil.example").statusCode());
        assertEquals(403, post(root + "/feedback", FORM, body, "Origin", "null").statusCode());
        assertEquals(403, post(root + "/feedback", FORM, body).statusCode(), "a form post naming no origin at all");
        assertEquals(403, post(root + "/feedback", FORM, body, "Referer", "http://evil.example/page").statusCode());
        assertEquals(403, post(root + "/feedback", JSON, "{\"target\": \"" + CRIME + "\", \"motivation\": \"commenting\","
                + " \"text\": \"x\"}", "Origin", "http://evil.example").statusCode());
        assertTrue(onlyAnnotationWithTextIfAny("Cross-site?").isEmpty(), "none of them stored");
        assertEquals(303, post(root + "/feedback", FORM, body, "Referer", root + "/doc/crime/c1").statusCode());
    }

    /** A refused request's body is read and dropped, so the client's pooled connection still carries the next one. */
    @Test
    void manyRefusedRequestsInARowAreEachAnswered() throws Exception {
        String body = form("target", CRIME, "motivation", "commenting", "text", "w".repeat(8_000));
        for (int i = 0; i < 40; i++) {
            assertEquals(403, post(root + "/feedback", FORM, body, "Origin", "http://evil.example").statusCode(), "request " + i);
        }
    }

    @Test
    void catalogueCountsTheFeedbackOnEachDatasetAndOffersTheForm() throws Exception {
        String dataset = FeedbackFixture.BASE + "/id/dataset/ons-test";
        for (String target : List.of(dataset, dataset, FeedbackFixture.BASE + "/graph/ons-test")) {
            assertEquals(201, post(root + "/feedback", JSON, "{\"target\": \"" + target
                    + "\", \"motivation\": \"assessing\", \"text\": \"Lookup looks complete\"}").statusCode());
        }
        String catalogue = get(root + "/catalog", "text/html", null).body();
        String section = sectionAbout(catalogue, "Test geography lookup");
        assertTrue(section.contains("<a class=\"feedback-count\" href=\"/doc/dataset/ons-test#feedback\">3 comments</a>"), section);
        assertTrue(section.contains("<input type=\"hidden\" name=\"target\" value=\"" + dataset + "\">"), section);
        assertTrue(get(root + "/doc/dataset/ons-test", "text/html", null).body().contains("Lookup looks complete"));
    }

    private static String sectionAbout(String catalogue, String title) {
        for (String section : catalogue.split("<section")) {
            if (section.contains("<h2>" + title + "</h2>")) {
                return section;
            }
        }
        throw new AssertionError("no section titled " + title + " in " + catalogue);
    }

    private static String form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private static Node onlyAnnotationWithText(String text) {
        return NodeFactory.createURI(onlyAnnotationWithTextIfAny(text).orElseThrow(() -> new AssertionError("no annotation says " + text)));
    }

    private static Optional<String> onlyAnnotationWithTextIfAny(String text) {
        return Txn.calculateRead(dataset, () -> {
            List<Quad> bodies = dataset.stream(Node.ANY, Node.ANY, WebAnnotation.VALUE, NodeFactory.createLiteralString(text)).toList();
            if (bodies.isEmpty()) {
                return Optional.<String>empty();
            }
            Quad body = bodies.get(0);
            return Optional.of(dataset.find(body.getGraph(), Node.ANY, WebAnnotation.HAS_BODY, body.getSubject())
                    .next().getSubject().getURI());
        });
    }

    private static long annotationCount() {
        return Txn.calculateRead(dataset, () -> dataset.stream(Node.ANY, Node.ANY, RDF.Nodes.type, WebAnnotation.ANNOTATION).count());
    }

    private static Graph graphOf(Node name) {
        return Txn.calculateRead(dataset, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static Graph turtle(String body) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).parse(graph);
        return graph;
    }
}
