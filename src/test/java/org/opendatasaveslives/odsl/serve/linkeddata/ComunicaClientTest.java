package org.opendatasaveslives.odsl.serve.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.serve.OdslServer;
import org.opendatasaveslives.odsl.serve.ServeConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A widely used third-party client, Comunica ({@code @comunica/query-sparql} from npm), queries the running server:
 * once through the SPARQL endpoint, once by dereferencing a resource URI (303, content negotiation, RDF parsing).
 * .ci/run installs it into target/comunica; skipped where it is not installed.
 */
class ComunicaClientTest {
    static final Path CLI = Path.of("target", "comunica", "node_modules", ".bin", "comunica-sparql");
    private static final long CLIENT_SECONDS = 120;
    private static final String LSOA_LABEL = "SELECT ?label WHERE { <" + LinkedDataFixture.CRIME + "> "
            + "<https://odsl.org.uk/def/odsl/lsoa> ?area . ?area <http://www.w3.org/2000/01/rdf-schema#label> ?label }";

    private static OdslServer server;
    private static String base;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        server = OdslServer.start(ServeConfig.forDataset(LinkedDataFixture.dataset()).port(0).build());
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void queriesTheSparqlEndpoint() throws Exception {
        JsonNode rows = comunica("sparql@" + base + "/odsl/sparql", LSOA_LABEL);
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("Testtown 001A", rows.get(0).at("/label/value").asText());
    }

    @Test
    void dereferencesAResourceUri() throws Exception {
        // Comunica follows the 303 from /id/ to /doc/, asks for RDF and reads the document, labels included.
        JsonNode rows = comunica(base + "/id/crime/c1", LSOA_LABEL);
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("Testtown 001A", rows.get(0).at("/label/value").asText());
    }

    /** The result rows (SPARQL JSON bindings) of a query Comunica runs over a source. */
    private JsonNode comunica(String source, String query) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CLI), "Comunica is not installed: npm install --prefix target/comunica @comunica/query-sparql@4.5.0");
        List<String> command = new ArrayList<>(List.of(CLI.toAbsolutePath().toString(), source, query, "-t", "application/sparql-results+json"));
        File log = temp.resolve("comunica.log").toFile();
        Process process = new ProcessBuilder(command).redirectError(log).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(CLIENT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("comunica-sparql did not finish within " + CLIENT_SECONDS + " s");
        }
        String stderr = Files.readString(log.toPath());
        assertEquals(0, process.exitValue(), "comunica-sparql failed: " + stderr);
        return new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8)).at("/results/bindings");
    }
}
