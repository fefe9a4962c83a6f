package org.opendatasaveslives.odsl.serve.linkeddata;

import java.util.List;

import org.apache.jena.graph.Node;

/** Statements as a table: one row per property, its values as links or text, each with the graphs that state it. */
final class StatementTable {
    /** Values shown per property on the page; the rest are counted and reachable through the query. */
    static final int VALUES_SHOWN = 50;

    private StatementTable() {
    }

    static void render(PageContext ctx, Html body, List<StatementGroups.Group> groups, String cssClass) {
        body.open("table", "class", cssClass).open("tbody");
        for (StatementGroups.Group group : groups) {
            body.open("tr").open("th", "scope", "row");
            ctx.node(body, group.property());
            body.close("th").open("td").open("ul");
            List<StatementGroups.Value> values = group.values();
            for (StatementGroups.Value value : values.subList(0, Math.min(VALUES_SHOWN, values.size()))) {
                body.open("li");
                ctx.node(body, value.node());
                body.text(" ");
                for (Node graph : value.graphs()) {
                    ctx.graph(body, graph).text(" ");
                }
                body.close("li");
            }
            if (values.size() > VALUES_SHOWN) {
                body.element("li", "… and " + (values.size() - VALUES_SHOWN) + " more", "class", "more");
            }
            body.close("ul").close("td").close("tr");
        }
        body.close("tbody").close("table");
    }
}
