package org.opendatasaveslives.odsl.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.serve.AccessFixture.Who;

/** HTTPS from Fuseki's https.json settings, with a key store made by the JDK's keytool, and Basic login over it. */
class HttpsTest {
    private static final String STORE_PASSWORD = "test-store-password";

    @TempDir
    Path temp;

    @Test
    void basicLoginWorksOverHttps() throws Exception {
        Path keystore = temp.resolve("keystore.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "odsl", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), output);
        Path settings = Files.writeString(temp.resolve("https.json"),
                "{ \"keystore\": \"keystore.p12\", \"passwd\": \"" + STORE_PASSWORD + "\" }");

        OdslServer server = OdslServer.start(ServeConfig.forDataset(AccessFixture.dataset()).port(0)
                .users(AccessFixture.writeUsers(temp.resolve("users.txt")))
                .auditLog(temp.resolve("audit.jsonl"))
                .https(settings, 0)
                .exampleQueries(ExampleQueries.onClasspath("serve/queries"))
                .build());
        try {
            int port = server.httpsPort().orElseThrow();
            HttpClient https = HttpClient.newBuilder().sslContext(trusting(keystore)).connectTimeout(Duration.ofSeconds(10)).build();
            String query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + AccessFixture.POLICE_DASH.uri() + "> { ?s ?p ?o } }";
            String credentials = Who.POLICE.user + ":" + Who.POLICE.password();
            HttpResponse<String> response = https.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port
                            + OdslServer.SPARQL_PATH + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains(Integer.toString(AccessFixture.POLICE_DASH.quads().size())), response.body());
        } finally {
            server.stop();
        }
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
