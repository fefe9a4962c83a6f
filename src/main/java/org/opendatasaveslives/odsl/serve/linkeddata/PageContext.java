package org.opendatasaveslives.odsl.serve.linkeddata;

import java.util.Locale;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/** What rendering one page needs: the request's readable view, names for URIs, and where each URI is described. */
final class PageContext {
    final DatasetGraph view;
    final UriSpace uris;
    final Labels labels;
    final Sources sources;

    PageContext(DatasetGraph view, UriSpace uris, SharedLabels.Entries knownLabels) {
        this.view = view;
        this.uris = uris;
        this.labels = new Labels(view, knownLabels);
        this.sources = new Sources(view);
    }

    /**
     * Where a link to a URI goes: its page on this server when the URI is in one of the served spaces or the view
     * describes it, else the URI itself if it is a web address. Empty for anything else: a {@code javascript:} or
     * {@code data:} IRI in the data must never become a link.
     */
    Optional<String> href(Node node) {
        String uri = node.getURI();
        Optional<String> page = uris.pagePath(uri);
        if (page.isPresent()) {
            return page;
        }
        if (labels.isDescribed(node)) {
            return Optional.of(UriSpace.describePath(uri));
        }
        String lower = uri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? Optional.of(uri) : Optional.empty();
    }

    /** Writes a node: a URI as a link with its label (the URI in the title), a literal as text with its type. */
    Html node(Html html, Node node) {
        if (node.isURI()) {
            Optional<String> href = href(node);
            return href.isPresent()
                    ? html.link(href.get(), labels.display(node), "title", node.getURI())
                    : html.element("span", labels.display(node), "title", node.getURI());
        }
        if (node.isLiteral()) {
            html.text(node.getLiteralLexicalForm());
            String lang = node.getLiteralLanguage();
            String type = node.getLiteralDatatypeURI();
            if (!lang.isEmpty()) {
                html.element("span", "@" + lang, "class", "type");
            } else if (type != null && !type.equals(XSDDatatype.XSDstring.getURI())) {
                html.element("span", Labels.shortForm(NodeFactory.createURI(type)), "class", "type");
            }
            return html;
        }
        return html.text(Labels.shortForm(node));
    }

    /** A link to the source release of a graph (its provenance), or the graph's name when it has no release. */
    Html graph(Html html, Node graph) {
        Optional<Node> release = sources.release(graph);
        String name = Sources.shortName(graph);
        Optional<String> href = release.flatMap(this::href);
        if (href.isPresent()) {
            return html.link(href.get(), name, "class", "graph",
                    "title", "From " + labels.display(release.get()) + " (graph " + graph.getURI() + "): release and provenance");
        }
        return html.element("span", name, "class", "graph", "title", graph.isURI() ? "graph " + graph.getURI() : null);
    }
}
