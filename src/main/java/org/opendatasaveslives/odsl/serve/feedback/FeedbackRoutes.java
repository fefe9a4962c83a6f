package org.opendatasaveslives.odsl.serve.feedback;

import java.util.function.LongSupplier;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.opendatasaveslives.odsl.serve.ReadableDataset;
import org.opendatasaveslives.odsl.serve.catalog.DatasetSection;
import org.opendatasaveslives.odsl.serve.linkeddata.PageSection;
import org.opendatasaveslives.odsl.serve.linkeddata.UriSpace;

/**
 * Feedback from data users (see docs/feedback.md): {@value #PATH} to post an annotation, and the sections that show
 * annotations on resource pages and in the catalogue. Reads through {@link ReadableDataset} like every route; writes
 * only its own feedback graphs of the dataset.
 */
public final class FeedbackRoutes {
    public static final String PATH = "/feedback";

    private final ReadableDataset readable;
    private final UriSpace uris;
    private final FeedbackLimits limits;
    private final AnnotationStore store;
    private final RateLimiter limiter;

    /** @param dataset the served database, which the feedback graphs are written to */
    public FeedbackRoutes(DatasetGraph dataset, ReadableDataset readable, UriSpace uris, FeedbackLimits limits) {
        this(dataset, readable, uris, limits, System::nanoTime);
    }

    FeedbackRoutes(DatasetGraph dataset, ReadableDataset readable, UriSpace uris, FeedbackLimits limits, LongSupplier nanoClock) {
        this.readable = readable;
        this.uris = uris;
        this.limits = limits;
        this.store = new AnnotationStore(dataset, uris.base());
        this.limiter = new RateLimiter(limits.postsPerMinute(), nanoClock);
    }

    /** The feedback section of resource pages, for {@code LinkedDataRoutes}. */
    public PageSection pageSection() {
        return new AnnotationsSection(store, uris, limits);
    }

    /** The feedback row of each catalogue dataset, for {@code CatalogueRoutes}. */
    public DatasetSection catalogueSection() {
        return new CatalogueFeedback(store, uris, limits);
    }

    public FusekiServer.Builder addTo(FusekiServer.Builder builder) {
        return builder.addServlet(PATH, new FeedbackServlet(readable, store, limits, limiter, uris));
    }
}
