package org.opendatasaveslives.odsl.serve.feedback;

import static org.opendatasaveslives.odsl.serve.HtmlEscaper.escape;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.opendatasaveslives.odsl.serve.catalog.DatasetSection;
import org.opendatasaveslives.odsl.serve.linkeddata.UriSpace;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The "Feedback" row of each dataset on the catalogue page: how many annotations the release (its IRI or its named
 * graph) has, linking to the release's page where they are listed, and the form to add one.
 */
final class CatalogueFeedback implements DatasetSection {
    private final AnnotationStore store;
    private final UriSpace uris;
    private final FeedbackLimits limits;

    CatalogueFeedback(AnnotationStore store, UriSpace uris, FeedbackLimits limits) {
        this.store = store;
        this.uris = uris;
        this.limits = limits;
    }

    @Override
    public String name() {
        return "Feedback";
    }

    @Override
    public String html(HttpServletRequest request, Node dataset, Node graph) {
        int count = store.on(Set.of(dataset, graph)).size();
        String page = uris.documentPath(dataset.getURI()) + "#" + AnnotationsSection.ANCHOR;
        return "<a class=\"feedback-count\" href=\"" + escape(page) + "\">" + count
                + (count == 1 ? " comment" : " comments") + "</a>"
                + "<details><summary>Give feedback on this dataset</summary>"
                + FeedbackForm.html(dataset.getURI(), "/catalog", limits) + "</details>";
    }
}
