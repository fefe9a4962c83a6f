package org.opendatasaveslives.odsl.publish;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends batches of a graph to a SPARQL 1.1 Graph Store Protocol endpoint: the first batch with PUT (replacing the
 * graph), the others with POST (adding to it). 2xx is success; 5xx, 429 and connection failures are retried with
 * growing waits; 401 and 403 fail at once with a hint about credentials; other answers fail with the target's words.
 */
public final class GraphStoreClient {
    private static final String N_TRIPLES = "application/n-triples";
    private static final int DETAIL_LENGTH = 300;

    private final HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(30))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    private final GraphStoreUrl target;
    private final ChallengedAuthorization authorization;
    private final Retries retries;

    public GraphStoreClient(GraphStoreUrl target, Credentials credentials, Retries retries) {
        this.target = target;
        this.authorization = new ChallengedAuthorization(credentials);
        this.retries = retries;
    }

    void send(String graph, Batch batch) throws PublishException {
        String method = batch.first() ? "PUT" : "POST";
        URI uri = target.graph(graph);
        String where = "graph " + graph + ", batch " + batch.number() + " (" + method + " of " + batch.triples()
            + " triples to " + target + ")";
        for (int attempt = 1; ; attempt++) {
            String failure;
            try {
                HttpResponse<byte[]> response = exchange(method, uri, batch.body());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return;
                }
                failure = "HTTP " + status + detail(response.body()) + response.headers().firstValue("Location")
                    .map(to -> " (the target redirects to " + to + ": give its endpoint as --to)").orElse("");
                if (status == 401 || status == 403) {
                    throw new PublishException(where + ": " + failure + "\n" + credentialsHint(status));
                }
                if (status < 500 && status != 429) {
                    throw new PublishException(where + ": " + failure);
                }
            } catch (IOException e) {
                failure = "connection failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage());
            }
            if (attempt > retries.count()) {
                throw new PublishException(where + ": " + failure
                    + (retries.count() == 0 ? "" : " (tried " + attempt + " times)"));
            }
            pause(retries.waitBefore(attempt));
        }
    }

    private HttpResponse<byte[]> exchange(String method, URI uri, byte[] body) throws IOException, PublishException {
        HttpResponse<byte[]> response = once(method, uri, body);
        if (response.statusCode() == 401 && authorization.accept(response)) {
            response = once(method, uri, body);
        }
        return response;
    }

    private HttpResponse<byte[]> once(String method, URI uri, byte[] body) throws IOException, PublishException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
            .timeout(Duration.ofMinutes(10))
            .header("Content-Type", N_TRIPLES)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        authorization.header(method, uri).ifPresent(value -> request.header("Authorization", value));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while sending to " + target);
        }
    }

    private String credentialsHint(int status) {
        boolean unauthorized = status == 401;
        if (!authorization.hasCredentials()) {
            return (unauthorized ? "the target asks for credentials" : "the target does not let anonymous clients write")
                + ": give --user and --password-file (or set ODSL_PUBLISH_PASSWORD)"
                + (unauthorized ? "" : "; on Virtuoso publish to /sparql-graph-crud-auth");
        }
        if (unauthorized) {
            return "the target refused user '" + authorization.user() + "': check the user name and the password";
        }
        return "user '" + authorization.user() + "' may not write graphs there: grant it write access on the target"
            + " (Virtuoso: GRANT SPARQL_UPDATE TO \"" + authorization.user() + "\";)";
    }

    /** The first words of an error body, without markup, so that an HTML error page reads as one line. */
    private static String detail(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8)
            .replaceAll("(?s)<(script|style).*?</\\1>", " ")
            .replaceAll("<[^>]*>", " ")
            .replaceAll("\\s+", " ")
            .strip();
        if (text.isEmpty()) {
            return "";
        }
        return ": " + (text.length() > DETAIL_LENGTH ? text.substring(0, DETAIL_LENGTH) + "…" : text);
    }

    private static void pause(Duration wait) throws PublishException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while waiting to retry");
        }
    }
}
