package org.opendatasaveslives.odsl.serve.linkeddata;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Names for URIs, read from the readable view (rdfs:label, skos:prefLabel, dcterms:title, foaf:name; English or
 * untagged first), falling back to a prefixed name or the last segment of the URI. Remembered across requests that
 * read the same graphs (see {@link SharedLabels}).
 */
final class Labels {
    private final DatasetGraph view;
    private final Map<Node, Optional<String>> labels;
    private final Map<Node, Boolean> described;

    /** Labels read from the view, remembered in {@code known}, which only views of the same graphs may share. */
    Labels(DatasetGraph view, SharedLabels.Entries known) {
        this.view = view;
        this.labels = known.labels();
        this.described = known.described();
    }

    /** The label the data gives, if any. */
    Optional<String> label(Node node) {
        if (!node.isURI()) {
            return Optional.empty();
        }
        return labels.computeIfAbsent(node, this::find);
    }

    /** What to show for a URI: its label, else a short form. */
    String display(Node node) {
        return label(node).orElseGet(() -> shortForm(node));
    }

    /** Whether the view holds any statement about the URI. */
    boolean isDescribed(Node node) {
        return described.computeIfAbsent(node, n -> view.find(Node.ANY, n, Node.ANY, Node.ANY).hasNext());
    }

    static String shortForm(Node node) {
        if (!node.isURI()) {
            return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.toString();
        }
        String uri = node.getURI();
        String prefixed = Vocab.PREFIXES.qnameFor(uri);
        if (prefixed != null) {
            return prefixed;
        }
        String trimmed = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'));
        return cut >= 0 && cut < trimmed.length() - 1 && !trimmed.endsWith(":/") ? trimmed.substring(cut + 1) : uri;
    }

    private Optional<String> find(Node node) {
        for (Node property : Vocab.LABELS) {
            String fallback = null;
            for (Iterator<Quad> it = view.find(Node.ANY, node, property, Node.ANY); it.hasNext(); ) {
                Node value = it.next().getObject();
                if (!value.isLiteral()) {
                    continue;
                }
                String lang = value.getLiteralLanguage();
                if (lang.isEmpty() || lang.toLowerCase().startsWith("en")) {
                    return Optional.of(value.getLiteralLexicalForm());
                }
                fallback = fallback == null ? value.getLiteralLexicalForm() : fallback;
            }
            if (fallback != null) {
                return Optional.of(fallback);
            }
        }
        return Optional.empty();
    }
}
