package org.opendatasaveslives.odsl.serve.linkeddata;

import org.apache.jena.fuseki.main.FusekiServer;
import org.opendatasaveslives.odsl.serve.ReadableDataset;

/**
 * Adds the linked-data routes to a Fuseki server: {@code /id/...} (303 to the document), {@code /doc/...} and
 * {@code /def/...} (the documents, in HTML and RDF), {@code /doc?uri=...} for any other URI the data describes.
 */
public final class LinkedDataRoutes {
    private LinkedDataRoutes() {
    }

    public static FusekiServer.Builder addTo(FusekiServer.Builder builder, ReadableDataset readable, UriSpace uris) {
        builder.addServlet(IdRedirectServlet.PATH_SPEC, new IdRedirectServlet(uris))
                .addServlet("/doc/*", new DocumentServlet(readable, uris))
                .addServlet("/def/*", new DocumentServlet(readable, uris));
        for (DocumentFormat format : DocumentFormat.values()) {
            builder.addServlet("/doc." + format.suffix(), new DocumentServlet(readable, uris));
        }
        return builder;
    }
}
