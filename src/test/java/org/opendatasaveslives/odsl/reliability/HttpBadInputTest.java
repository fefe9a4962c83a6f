package org.opendatasaveslives.odsl.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Bad requests to every kind of route of {@code odsl serve}: malformed and huge SPARQL, bad Accept headers, invalid
 * graph IRIs, path traversal on {@code /static/}, {@code /doc/}, {@code /def/}, {@code /queries/}, {@code /dumps/} and
 * {@code /extract/}, invalid percent-encoding, and random request targets from a seed. None may get a 5xx or a body
 * with a stack trace or a file from outside the served folders; the bad ones get a 4xx with a message.
 * {@code -Dodsl.reliability=long} sends more random targets.
 */
@Tag("reliability")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpBadInputTest {
    static final int RANDOM_TARGETS = "long".equals(System.getProperty("odsl.reliability")) ? 2_000 : 100;
    static final String VALID_QUERY = "SELECT * WHERE { ?s ?p ?o } LIMIT 3";
    static final List<String> PREFIXES = List.of("/doc/", "/def/", "/id/", "/static/", "/queries/", "/dumps/",
        "/extract/area/", "/catalog?", "/odsl/sparql?query=", "/odsl/data?graph=", "/doc?uri=", "/odsl?");

    /** A request and whether it is bad (must get a 4xx) or merely odd (any answer but a 5xx). */
    record Case(String name, String method, String target, Map<String, String> headers, byte[] body, boolean bad) {
        static Case get(String name, String target, boolean bad) {
            return new Case(name, "GET", target, Map.of(), null, bad);
        }
    }

    SmallServer server;

    @BeforeAll
    void start() {
        server = new SmallServer(0, Duration.ofSeconds(5));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> badRequestsGetAClearFourHundredNeverAFiveHundred() {
        List<Case> cases = new ArrayList<>();
        addSparqlCases(cases);
        addAcceptCases(cases);
        addGraphIriCases(cases);
        addTraversalCases(cases);
        addPercentEncodingCases(cases);
        addRandomTargets(cases, new Random(42));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private void run(Case c) {
        RawHttp.Response response = assertTimeoutPreemptively(Duration.ofSeconds(90),
            () -> RawHttp.send(server.server.port(), c.method(), c.target(), c.headers(), c.body()));
        String what = c.name() + " " + abbreviate(c.target()) + " -> " + response.head() + "\n" + abbreviate(response.body());
        assertTrue(response.status() >= 200 && response.status() < 500, "no 5xx, an answer: " + what);
        if (c.bad()) {
            assertTrue(response.status() >= 400, "a 4xx: " + what);
            assertFalse(response.body().isBlank(), "a message: " + what);
        }
        String body = response.body();
        assertFalse(body.contains("\tat ") || body.contains("at org.") || body.contains("Exception"), "no stack trace: " + what);
        assertFalse(body.contains("<artifactId>") || body.contains("root:x:0") || body.contains("Manifest-Version"),
            "no file from outside the served folders: " + what);
    }

    private static void addSparqlCases(List<Case> cases) {
        cases.add(Case.get("malformed SPARQL", "/odsl/sparql?query=" + encode("SELEC * WHERE { ?s ?p"), true));
        cases.add(Case.get("SPARQL with an unknown prefix", "/odsl/sparql?query=" + encode("SELECT * { ?s nope:p ?o }"), true));
        cases.add(Case.get("SPARQL update on the query endpoint", "/odsl/sparql?update=" + encode("DROP ALL"), true));
        cases.add(Case.get("empty query", "/odsl/sparql?query=", true));
        cases.add(new Case("malformed SPARQL posted", "POST", "/odsl/sparql",
            Map.of("Content-Type", "application/sparql-query"), "ASK { ?s ".getBytes(StandardCharsets.UTF_8), true));
        cases.add(new Case("form post without query", "POST", "/odsl/sparql",
            Map.of("Content-Type", "application/x-www-form-urlencoded"), "nothing=here".getBytes(StandardCharsets.UTF_8), true));
        cases.add(new Case("form post with a bad percent-escape", "POST", "/odsl/sparql",
            Map.of("Content-Type", "application/x-www-form-urlencoded"), "query=%zz".getBytes(StandardCharsets.UTF_8), true));
        cases.add(new Case("huge valid query posted as a form (256 kB comment)", "POST", "/odsl/sparql",
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            ("query=" + encode(VALID_QUERY + " #" + "x".repeat(1 << 18))).getBytes(StandardCharsets.UTF_8), false));
        cases.add(Case.get("huge query string (1 MB)", "/odsl/sparql?query=" + encode(VALID_QUERY + " #" + "x".repeat(1 << 20)), true));
        byte[] noise = new byte[2 << 20];
        new Random(7).nextBytes(noise);
        cases.add(new Case("huge random query body (2 MB)", "POST", "/odsl/sparql",
            Map.of("Content-Type", "application/sparql-query"), noise, true));
        cases.add(new Case("query body in an unknown content type", "POST", "/odsl/sparql",
            Map.of("Content-Type", "application/x-unknown"), VALID_QUERY.getBytes(StandardCharsets.UTF_8), true));
        cases.add(Case.get("SERVICE call", "/odsl/sparql?query=" + encode("SELECT * { SERVICE <http://127.0.0.1:1/x> { ?s ?p ?o } }"), true));
        cases.add(Case.get("negative timeout", "/odsl/sparql?timeout=-5&query=" + encode(VALID_QUERY), false));
        cases.add(Case.get("non-numeric timeout", "/odsl/sparql?timeout=soon&query=" + encode(VALID_QUERY), false));
    }

    private static void addAcceptCases(List<Case> cases) {
        List<String> accepts = List.of("garbage", "*/*;q=abc", "text/html;;;;", "application/sparql-results+json;q=1.5",
            "", "image/png", "*/x", "text/turtle, */*;q=0.1, ,,", "a".repeat(4000));
        for (String path : List.of("/odsl/sparql?query=" + encode(VALID_QUERY), SmallServer.CRIME_DOC, "/catalog",
            "/odsl/data?graph=" + encode(SmallServer.POLICE_GRAPH), "/")) {
            for (String accept : accepts) {
                cases.add(new Case("Accept '" + abbreviate(accept) + "'", "GET", path, Map.of("Accept", accept), null, false));
            }
        }
    }

    private static void addGraphIriCases(List<Case> cases) {
        for (String iri : List.of("http://exa mple/g", "<>", "not an iri", "%", "http://[::1", "", ":::", "\u0000",
            "https://odsl.org.uk/graph/../../etc/passwd", "javascript:alert(1)", "x".repeat(100_000))) {
            cases.add(Case.get("invalid graph IRI '" + abbreviate(iri) + "'", "/odsl/data?graph=" + encode(iri), true));
        }
        cases.add(Case.get("graph and default together", "/odsl/data?graph=" + encode(SmallServer.POLICE_GRAPH) + "&default", true));
    }

    private static void addTraversalCases(List<Case> cases) {
        for (String target : List.of("/static/../pom.xml", "/static/%2e%2e/%2e%2e/pom.xml", "/static/..%2f..%2fpom.xml",
            "/static/%2e%2e%2fMETA-INF%2fMANIFEST.MF", "/static//etc/passwd", "/static/..%5c..%5cpom.xml",
            "/static/%c0%ae%c0%ae/pom.xml", "/static/../../../../../../etc/passwd",
            "/static/../org/opendatasaveslives/odsl/cli/Odsl.class", "/static/%2e%2e/odsl/queries/01-crime.rq",
            "/doc/../../../etc/passwd", "/doc/%2e%2e/%2e%2e/etc/passwd", "/doc/crime/..%2f..%2f..%2fetc%2fpasswd",
            "/def/..%2f..%2fpom.xml", "/queries/../../pom.xml", "/queries/%2e%2e%2fpom.xml", "/queries/..%2f..%2fpom.xml",
            "/dumps/..%2f..%2fetc%2fpasswd", "/dumps/../../etc/passwd", "/extract/area/..%2f..%2fetc%2fpasswd",
            "/yasgui/../../pom.xml", "/doc?uri=file:///etc/passwd", "/doc?uri=" + encode("../../etc/passwd"))) {
            cases.add(Case.get("traversal " + target, target, true));
        }
    }

    private static void addPercentEncodingCases(List<Case> cases) {
        for (String target : List.of("/doc/crime/%zz", "/doc/%", "/doc/crime/%E0%A4%A", "/doc?uri=%E0%A4%A", "/catalog?%zz=1",
            "/odsl/sparql?query=%zz", "/odsl/sparql?query=%ff%fe", "/odsl/sparql?query=SELECT%", "/odsl/data?graph=%zz",
            "/odsl?query=%zz", "/odsl/query?query=%C0%AE", "/doc/crime/%00", "/doc/%ff%fe", "/id/crime/%", "/def/odsl/%G1",
            "/odsl/data?graph=%", "/static/%", "/extract/area/%E0", "/dumps/%zz")) {
            cases.add(Case.get("percent-encoding " + target, target, true));
        }
    }

    /** Request targets of random printable characters (and some %-escapes) after each route's prefix. */
    private static void addRandomTargets(List<Case> cases, Random random) {
        String alphabet = "abcXYZ019-._~:/?#[]@!$&'()*+,;=%\"<>\\^`{|}";
        for (int i = 0; i < RANDOM_TARGETS; i++) {
            StringBuilder target = new StringBuilder(PREFIXES.get(i % PREFIXES.size()));
            int length = random.nextInt(200);
            for (int k = 0; k < length; k++) {
                target.append(random.nextInt(10) == 0 ? String.format("%%%02X", random.nextInt(256))
                    : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            cases.add(Case.get("random target " + i, target.toString(), false));
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "...(" + s.length() + " chars)" : s;
    }
}
