package org.opendatasaveslives.odsl.serve.linkeddata;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.opendatasaveslives.odsl.serve.ReadableDataset;

/**
 * Adds the linked-data routes to a Fuseki server: {@code /id/...} (303 to the document), {@code /graph/...} (303 to
 * the document about the named graph), {@code /doc/...} and
 * {@code /def/...} (the documents, in HTML and RDF), {@code /doc?uri=...} for any other URI the data describes.
 */
public final class LinkedDataRoutes {
    private LinkedDataRoutes() {
    }

    /** @param sections added to every resource page, after what the data says and before the SPARQL */
    public static FusekiServer.Builder addTo(FusekiServer.Builder builder, ReadableDataset readable, UriSpace uris,
                                             PageSection... sections) {
        List<PageSection> added = List.of(sections);
        SharedLabels labels = new SharedLabels();
        builder.addServlet(IdRedirectServlet.PATH_SPEC, new IdRedirectServlet(uris))
                .addServlet(GraphRedirectServlet.PATH_SPEC, new GraphRedirectServlet(uris))
                .addServlet("/doc/*", new DocumentServlet(readable, uris, added, labels))
                .addServlet("/def/*", new DocumentServlet(readable, uris, added, labels));
        for (DocumentFormat format : DocumentFormat.values()) {
            builder.addServlet("/doc." + format.suffix(), new DocumentServlet(readable, uris, added, labels));
        }
        return builder;
    }
}
