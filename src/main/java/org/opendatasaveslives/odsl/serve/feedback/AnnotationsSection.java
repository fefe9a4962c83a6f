package org.opendatasaveslives.odsl.serve.feedback;

import static org.opendatasaveslives.odsl.serve.HtmlEscaper.escape;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.opendatasaveslives.odsl.serve.linkeddata.PageSection;
import org.opendatasaveslives.odsl.serve.linkeddata.UriSpace;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The "Feedback" section of a resource page: the annotations on the resource (text escaped, kind, date, creator if
 * any, link to the annotation's own document) and the form to add one.
 */
final class AnnotationsSection implements PageSection {
    static final String ANCHOR = "feedback";

    private final AnnotationStore store;
    private final UriSpace uris;
    private final FeedbackLimits limits;

    AnnotationsSection(AnnotationStore store, UriSpace uris, FeedbackLimits limits) {
        this.store = store;
        this.uris = uris;
        this.limits = limits;
    }

    @Override
    public String html(HttpServletRequest request, Node resource, String pagePath) {
        if (!resource.isURI() || resource.getURI().startsWith(uris.base() + "/id/annotation/")) {
            return "";
        }
        List<Annotation> annotations = store.on(Set.of(resource));
        StringBuilder html = new StringBuilder(2048);
        html.append("<section id=\"").append(ANCHOR).append("\"><h2>Feedback</h2>");
        if (annotations.isEmpty()) {
            html.append("<p>No feedback yet.</p>");
        } else {
            html.append("<ol class=\"annotations\">");
            annotations.forEach(annotation -> item(html, annotation));
            html.append("</ol>");
        }
        html.append("<p>Something wrong, unclear or missing here? Tell the publishers and other users.</p>")
            .append(FeedbackForm.html(resource.getURI(), pagePath, limits)).append("</section>");
        return html.toString();
    }

    private void item(StringBuilder html, Annotation annotation) {
        String kind = annotation.motivation().map(Motivation::label).orElse("feedback");
        html.append("<li class=\"annotation\"><p class=\"meta\"><a href=\"")
            .append(escape(uris.documentPath(annotation.iri().getURI()))).append("\">").append(escape(kind)).append("</a>")
            .append(" · <time>").append(escape(annotation.created())).append("</time>");
        annotation.creator().ifPresent(creator -> html.append(" · by ").append(escape(creator)));
        html.append("</p><p class=\"text\">").append(escape(annotation.text())).append("</p></li>");
    }
}
