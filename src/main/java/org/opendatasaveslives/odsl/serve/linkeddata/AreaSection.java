package org.opendatasaveslives.odsl.serve.linkeddata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * The part of an area's page about geography: the areas it lies within (odsl:within, followed up the hierarchy), the
 * areas within it, and the datasets with data about it, with counts.
 */
final class AreaSection {
    private static final int MAX_DEPTH = 8;
    private static final int CHILDREN_SHOWN = 100;
    /** Statements examined when counting data about an area; above it the counts say "at least". */
    private static final int COUNT_LIMIT = 200_000;

    private final PageContext ctx;
    private final Node area;

    AreaSection(PageContext ctx, Node area) {
        this.ctx = ctx;
        this.area = area;
    }

    Html render() {
        Html html = new Html();
        html.open("section", "class", "area");
        html.element("h2", "Place in the geography");
        within(html);
        contains(html);
        html.element("h2", "Data about this area");
        DatasetCounts.of(ctx, area, COUNT_LIMIT).render(html);
        download(html);
        return html.close("section");
    }

    /** #GiveTheDataBack: everything about the area and the places within it, as one file (the catalogue's extract). */
    private void download(Html html) {
        String code = area.getURI().substring(UriSpace.ONS_AREA.length());
        html.open("p", "class", "download").text("Everything about this area and the places within it, as one file: ");
        html.link("/extract/area/" + code + ".ttl", "Turtle").text(" · ");
        html.link("/extract/area/" + code + ".nq", "N-Quads (with each statement's release)");
        html.close("p");
    }

    private void within(Html html) {
        List<Node> parents = parents(area);
        if (parents.isEmpty()) {
            html.element("p", "No lookup places this area within another.");
            return;
        }
        html.element("h3", "Within");
        Set<Node> expanded = new HashSet<>();
        expanded.add(area);
        tree(html, parents, expanded, 1);
    }

    /** Each area's own parents are listed the first time it appears; later mentions point up to it. */
    private void tree(Html html, List<Node> nodes, Set<Node> expanded, int depth) {
        html.open("ul", "class", "hierarchy");
        for (Node node : nodes) {
            html.open("li");
            ctx.node(html, node);
            typeNote(html, node);
            List<Node> up = parents(node);
            if (up.isEmpty() || depth >= MAX_DEPTH) {
                html.close("li");
                continue;
            }
            if (expanded.add(node)) {
                tree(html, up, expanded, depth + 1);
            } else {
                html.element("span", " (within as above)", "class", "type");
            }
            html.close("li");
        }
        html.close("ul");
    }

    private void contains(Html html) {
        Map<String, List<Node>> byType = new TreeMap<>();
        Set<Node> seen = new HashSet<>();
        for (Iterator<Quad> it = ctx.view.find(Node.ANY, Node.ANY, Vocab.WITHIN, area); it.hasNext(); ) {
            Node child = it.next().getSubject();
            if (seen.add(child)) {
                byType.computeIfAbsent(typeName(child), t -> new ArrayList<>()).add(child);
            }
        }
        if (byType.isEmpty()) {
            return;
        }
        html.element("h3", "Areas within it");
        byType.forEach((type, children) -> {
            html.open("details", "open", children.size() <= 20 ? "open" : null)
                    .element("summary", type + ": " + children.size());
            html.open("ul", "class", "children");
            children.sort((a, b) -> ctx.labels.display(a).compareToIgnoreCase(ctx.labels.display(b)));
            for (Node child : children.subList(0, Math.min(CHILDREN_SHOWN, children.size()))) {
                html.open("li");
                ctx.node(html, child);
                html.close("li");
            }
            if (children.size() > CHILDREN_SHOWN) {
                html.element("li", "… and " + (children.size() - CHILDREN_SHOWN) + " more", "class", "more");
            }
            html.close("ul").close("details");
        });
    }

    private List<Node> parents(Node node) {
        Set<Node> parents = new LinkedHashSet<>();
        ctx.view.find(Node.ANY, node, Vocab.WITHIN, Node.ANY).forEachRemaining(q -> parents.add(q.getObject()));
        return new ArrayList<>(parents);
    }

    private void typeNote(Html html, Node node) {
        String type = typeName(node);
        if (!type.isEmpty()) {
            html.element("span", " (" + type + ")", "class", "type");
        }
    }

    private String typeName(Node node) {
        Iterator<Quad> types = ctx.view.find(Node.ANY, node, RDF.Nodes.type, Node.ANY);
        return types.hasNext() ? ctx.labels.display(types.next().getObject()) : "";
    }
}
