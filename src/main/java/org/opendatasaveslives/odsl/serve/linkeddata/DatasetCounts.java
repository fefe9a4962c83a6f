package org.opendatasaveslives.odsl.serve.linkeddata;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Which datasets hold data about an area, and how much: Data Cube observations per qb:DataSet (through
 * sdmx-dimension:refArea) and records per source release graph (anything else pointing to the area, such as a crime's
 * odsl:lsoa). Area-to-area links (odsl:within) are geography, not data, and are left out.
 */
final class DatasetCounts {
    private final PageContext ctx;
    private final Map<Node, Integer> observations = new LinkedHashMap<>();
    /** Graph → referring property → the resources referring to the area that way. */
    private final Map<Node, Map<Node, Set<Node>>> records = new LinkedHashMap<>();
    private boolean capped;

    private DatasetCounts(PageContext ctx) {
        this.ctx = ctx;
    }

    static DatasetCounts of(PageContext ctx, Node area, int limit) {
        DatasetCounts counts = new DatasetCounts(ctx);
        Set<Node> observationsSeen = new HashSet<>();
        int examined = 0;
        for (Iterator<Quad> it = ctx.view.find(Node.ANY, Node.ANY, Node.ANY, area); it.hasNext(); ) {
            if (++examined > limit) {
                counts.capped = true;
                break;
            }
            Quad quad = it.next();
            if (quad.getPredicate().equals(Vocab.WITHIN)) {
                continue;
            }
            if (quad.getPredicate().equals(Vocab.REF_AREA)) {
                if (observationsSeen.add(quad.getSubject())) {
                    Iterator<Quad> dataSet = ctx.view.find(Node.ANY, quad.getSubject(), Vocab.DATA_SET, Node.ANY);
                    if (dataSet.hasNext()) {
                        counts.observations.merge(dataSet.next().getObject(), 1, Integer::sum);
                    }
                }
            } else {
                counts.records.computeIfAbsent(quad.getGraph(), g -> new LinkedHashMap<>())
                        .computeIfAbsent(quad.getPredicate(), p -> new HashSet<>()).add(quad.getSubject());
            }
        }
        return counts;
    }

    void render(Html html) {
        if (observations.isEmpty() && records.isEmpty()) {
            html.element("p", "No dataset refers to this area directly.");
            return;
        }
        String atLeast = capped ? "at least " : "";
        html.open("table", "class", "datasets").open("thead").open("tr")
                .element("th", "Dataset").element("th", "Kind").element("th", "Count").close("tr").close("thead")
                .open("tbody");
        observations.forEach((dataSet, n) -> {
            html.open("tr").open("td");
            ctx.node(html, dataSet);
            html.close("td").element("td", "statistics (Data Cube)").element("td", atLeast + n + " observations").close("tr");
        });
        records.forEach((graph, byProperty) -> byProperty.forEach((property, subjects) -> {
            html.open("tr").open("td");
            ctx.graph(html, graph);
            ctx.sources.release(graph).ifPresent(release -> html.text(" ").text(ctx.labels.display(release)));
            html.close("td").open("td").text("records, by ");
            ctx.node(html, property);
            html.close("td").element("td", atLeast + subjects.size() + " resources").close("tr");
        }));
        html.close("tbody").close("table");
    }
}
