package org.opendatasaveslives.odsl.serve.catalog;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.opendatasaveslives.odsl.serve.ReadableDataset;

/**
 * The catalogue and download routes, each reading only what {@link ReadableDataset} gives the request:
 * {@value ServerUrls#CATALOG_PATH} (DCAT, VoID, DQV, service description; HTML or RDF),
 * {@value ServerUrls#VOID_PATH} (the same as RDF), {@value ServerUrls#DUMPS_PATH} (dumps per named graph with SHA-256)
 * and {@value ServerUrls#EXTRACT_PATH}{@code {GSS}} (everything about an area).
 */
public final class CatalogueRoutes {
    private CatalogueRoutes() {
    }

    /**
     * @param uriSpace where the things the project mints live, e.g. {@code https://odsl.org.uk/id/}
     * @param sections rows added to each dataset on the catalogue page
     */
    public static FusekiServer.Builder addTo(FusekiServer.Builder builder, ReadableDataset readable, String uriSpace,
                                             DatasetSection... sections) {
        return builder
            .addServlet(ServerUrls.CATALOG_PATH, CatalogueServlet.catalogue(readable, uriSpace, List.of(sections)))
            .addServlet(ServerUrls.VOID_PATH, CatalogueServlet.voidDescription(readable, uriSpace))
            .addServlet(ServerUrls.DUMPS_PATH.substring(0, ServerUrls.DUMPS_PATH.length() - 1) + "/*",
                new DumpsServlet(readable))
            .addServlet(ServerUrls.EXTRACT_PATH + "*", new ExtractServlet(readable));
    }
}
