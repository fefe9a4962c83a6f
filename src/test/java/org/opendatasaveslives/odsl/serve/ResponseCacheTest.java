package org.opendatasaveslives.odsl.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.serve.AccessFixture.Client;
import org.opendatasaveslives.odsl.serve.AccessFixture.Who;
import org.opendatasaveslives.odsl.serve.cache.ResponseCacheFilter;

/**
 * Repeated GETs answered from memory: the same bytes as the first answer, never across users, never to a user whose
 * reads are audited, and never once the data has changed.
 */
class ResponseCacheTest {
    private static final String OPEN_THING = "https://odsl.org.uk/id/thing/" + AccessFixture.OPEN_CRIME.name() + "-0";
    private static final String HIT = "odsl; hit";
    private static final String MISS = "odsl; fwd=uri-miss";
    private static final String BYPASSED = "odsl; fwd=request";

    @TempDir
    Path folder;

    private final Client client = new Client();
    private DatasetGraph dataset;
    private OdslServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aRepeatedQueryOrPageGetsTheFirstAnswersBytes() throws Exception {
        start(ServeConfig.DEFAULT_RESPONSE_CACHE_BYTES);
        for (String url : new String[] {lookupUrl(OPEN_THING), pageUrl(OPEN_THING)}) {
            HttpResponse<String> first = client.get(Who.ANONYMOUS, url, "*/*");
            HttpResponse<String> second = client.get(Who.ANONYMOUS, url, "*/*");
            assertEquals(200, first.statusCode(), url);
            assertEquals(MISS, status(first), url);
            assertEquals(HIT, status(second), url);
            assertEquals(first.body(), second.body(), url);
            assertTrue(second.body().contains("OPEN-" + AccessFixture.OPEN_CRIME.name() + "-0"), second.body());
            assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
            assertEquals(first.headers().firstValue("Vary"), second.headers().firstValue("Vary"));
        }
    }

    @Test
    void anotherAcceptHeaderOrAnotherUserIsAnotherEntry() throws Exception {
        start(ServeConfig.DEFAULT_RESPONSE_CACHE_BYTES);
        String url = lookupUrl(OPEN_THING);
        client.get(Who.ANONYMOUS, url, "application/sparql-results+json");
        HttpResponse<String> xml = client.get(Who.ANONYMOUS, url, "application/sparql-results+xml");
        assertEquals(MISS, status(xml));
        assertTrue(xml.body().startsWith("<?xml"), xml.body());
        HttpResponse<String> researcher = client.get(Who.RESEARCHER, url, "application/sparql-results+json");
        assertEquals(MISS, status(researcher));
        assertEquals(HIT, status(client.get(Who.RESEARCHER, url, "application/sparql-results+json")));
    }

    @Test
    void usersWhoReadRestrictedReleasesAreAnsweredAfreshAndAuditedEachTime() throws Exception {
        start(ServeConfig.DEFAULT_RESPONSE_CACHE_BYTES);
        String query = "SELECT ?o WHERE { ?s <" + AccessFixture.MARKER.getURI() + "> ?o }";
        String url = server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<String> anonymous = client.get(Who.ANONYMOUS, url, "application/sparql-results+json");
        client.get(Who.ANONYMOUS, url, "application/sparql-results+json");
        assertFalse(anonymous.body().contains("SECRET-"), anonymous.body());
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> police = client.get(Who.POLICE, url, "application/sparql-results+json");
            assertTrue(police.body().contains("SECRET-" + AccessFixture.POLICE_DASH.name()), police.body());
            assertEquals(Optional.empty(), police.headers().firstValue(ResponseCacheFilter.CACHE_STATUS));
        }
        assertEquals(3, Files.readAllLines(folder.resolve("audit.jsonl")).size());
        HttpResponse<String> anonymousAgain = client.get(Who.ANONYMOUS, url, "application/sparql-results+json");
        assertEquals(HIT, status(anonymousAgain));
        assertFalse(anonymousAgain.body().contains("SECRET-"), anonymousAgain.body());
    }

    @Test
    void aCommittedWriteMakesEveryEarlierAnswerStale() throws Exception {
        start(ServeConfig.DEFAULT_RESPONSE_CACHE_BYTES);
        String url = lookupUrl(OPEN_THING);
        client.get(Who.ANONYMOUS, url, "*/*");
        assertEquals(HIT, status(client.get(Who.ANONYMOUS, url, "*/*")));
        Txn.executeWrite(dataset, () -> dataset.add(Quad.create(AccessFixture.OPEN_CRIME.graph(),
                NodeFactory.createURI(OPEN_THING), AccessFixture.MARKER, NodeFactory.createLiteralString("added later"))));
        HttpResponse<String> after = client.get(Who.ANONYMOUS, url, "*/*");
        assertEquals(MISS, status(after));
        assertTrue(after.body().contains("added later"), after.body());
        assertEquals(HIT, status(client.get(Who.ANONYMOUS, url, "*/*")));
    }

    @Test
    void noCacheRequestsAndQueriesWithVolatileFunctionsAreAnsweredAfresh() throws Exception {
        start(ServeConfig.DEFAULT_RESPONSE_CACHE_BYTES);
        String url = lookupUrl(OPEN_THING);
        client.get(Who.ANONYMOUS, url, "*/*");
        HttpResponse<String> fresh = client.send(Who.ANONYMOUS, HttpRequest.newBuilder(URI.create(url))
                .header("Cache-Control", "no-cache").GET());
        assertEquals(BYPASSED, status(fresh));
        String random = server.sparqlUrl() + "?query=" + URLEncoder.encode("SELECT (Rand() AS ?r) {}", StandardCharsets.UTF_8);
        HttpResponse<String> first = client.get(Who.ANONYMOUS, random, "application/sparql-results+json");
        HttpResponse<String> second = client.get(Who.ANONYMOUS, random, "application/sparql-results+json");
        assertEquals(BYPASSED, status(second));
        assertNotEquals(first.body(), second.body());
    }

    @Test
    void anAnswerLargerThanAnEntryMayBeStreamsWholeAndIsNotKept() throws Exception {
        start(1 << 20); // entries up to 64 KB
        String query = "SELECT ?s ?p ?o ?n WHERE { ?s ?p ?o } VALUES ?n { " + "1 ".repeat(400) + "}";
        String url = server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<String> first = client.get(Who.ANONYMOUS, url, "application/sparql-results+json");
        HttpResponse<String> second = client.get(Who.ANONYMOUS, url, "application/sparql-results+json");
        assertTrue(first.body().length() > 64 << 10, "answer of " + first.body().length() + " chars");
        assertTrue(first.body().trim().endsWith("}"), "the answer is complete");
        assertEquals(MISS, status(second));
        assertEquals(first.body(), second.body());
    }

    @Test
    void aCacheOfZeroBytesIsOff() throws Exception {
        start(0);
        HttpResponse<String> second = repeat(lookupUrl(OPEN_THING));
        assertEquals(200, second.statusCode());
        assertEquals(Optional.empty(), second.headers().firstValue(ResponseCacheFilter.CACHE_STATUS));
    }

    @Test
    void otherRoutesAreNotCached() throws Exception {
        start(ServeConfig.DEFAULT_RESPONSE_CACHE_BYTES);
        HttpResponse<String> home = repeat(server.homeUrl());
        HttpResponse<String> graph = repeat(server.graphStoreUrl() + "?graph="
                + URLEncoder.encode(AccessFixture.OPEN_CRIME.uri(), StandardCharsets.UTF_8));
        assertEquals(200, graph.statusCode());
        assertEquals(Optional.empty(), home.headers().firstValue(ResponseCacheFilter.CACHE_STATUS));
        assertEquals(Optional.empty(), graph.headers().firstValue(ResponseCacheFilter.CACHE_STATUS));
    }

    private void start(long cacheBytes) {
        dataset = AccessFixture.dataset();
        server = OdslServer.start(ServeConfig.forDataset(dataset).port(0)
                .users(AccessFixture.writeUsers(folder.resolve("users.txt")))
                .auditLog(folder.resolve("audit.jsonl"))
                .responseCacheBytes(cacheBytes)
                .build());
    }

    private HttpResponse<String> repeat(String url) throws IOException, InterruptedException {
        client.get(Who.ANONYMOUS, url, "*/*");
        return client.get(Who.ANONYMOUS, url, "*/*");
    }

    private String lookupUrl(String subject) {
        String query = "SELECT ?p ?o WHERE { <" + subject + "> ?p ?o }";
        return server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private String pageUrl(String subject) {
        return server.baseUrl() + "doc/" + subject.substring("https://odsl.org.uk/id/".length());
    }

    private static String status(HttpResponse<String> response) {
        return response.headers().firstValue(ResponseCacheFilter.CACHE_STATUS).orElse("(none)");
    }
}
