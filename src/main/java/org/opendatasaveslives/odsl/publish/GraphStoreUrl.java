package org.opendatasaveslives.odsl.publish;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The SPARQL 1.1 Graph Store Protocol endpoint of the target, e.g. {@code http://host:3030/ds/data} (Fuseki) or
 * {@code http://host:8890/sparql-graph-crud-auth} (Virtuoso); a graph is addressed indirectly with {@code ?graph=IRI}.
 */
public record GraphStoreUrl(URI endpoint) {

    /** Parses the {@code --to} URL; credentials in it are refused, as they would be printed and logged with it. */
    public static GraphStoreUrl parse(String url) throws PublishException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new PublishException("--to " + url + " is not a URL: " + e.getMessage());
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new PublishException("--to must be an http or https URL of a Graph Store Protocol endpoint, e.g."
                + " http://localhost:3030/ds/data");
        }
        if (uri.getRawUserInfo() != null) {
            throw new PublishException("--to must not carry a user or password: give --user and --password-file"
                + " (or the ODSL_PUBLISH_PASSWORD variable) instead");
        }
        if (uri.getRawFragment() != null) {
            throw new PublishException("--to must not have a #fragment");
        }
        return new GraphStoreUrl(uri);
    }

    /** The request URI that addresses one named graph. */
    public URI graph(String graphIri) {
        String query = "graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8);
        String url = endpoint.toString();
        return URI.create(url + (endpoint.getRawQuery() == null ? "?" : "&") + query);
    }

    @Override
    public String toString() {
        return endpoint.toString();
    }
}
