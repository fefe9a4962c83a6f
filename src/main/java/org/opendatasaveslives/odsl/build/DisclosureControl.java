package org.opendatasaveslives.odsl.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Statistical disclosure control on the crime Data Cube the rules derive (queries/derive/60-62), applied to the
 * derived graph before it is published: see docs/disclosure-control.md. Three kinds of cell are tied by sums: an LSOA
 * cell (LSOA, month, crime type), a district cell (the sum of the LSOA cells of the LSOAs within the district, same
 * month and type) and a district total (the sum of the district's cells of the month over every crime type). Counts
 * are the true ones; a suppressed observation keeps its dimensions, loses its {@code odsl:crimeCount} and gets
 * {@code sdmx-attribute:obsStatus} {@link #SUPPRESSED}. The threshold applied is recorded on the data set.
 */
final class DisclosureControl {
    static final String CRIME_DATASET = "id/dataset/police-recorded-crime";
    static final Node CRIME_COUNT = NodeFactory.createURI("https://odsl.org.uk/def/odsl/crimeCount");
    static final Node ALL_CRIME_TYPES = NodeFactory.createURI("https://odsl.org.uk/def/crime-type/all-types");
    static final Node OBS_STATUS = NodeFactory.createURI("http://purl.org/linked-data/sdmx/2009/attribute#obsStatus");
    static final Node SUPPRESSED = NodeFactory.createURI("https://odsl.org.uk/def/observation-status/suppressed");
    static final Node SUPPRESS_BELOW = NodeFactory.createURI("https://odsl.org.uk/def/odsl/suppressBelow");

    private static final String PREFIXES = """
        PREFIX odsl: <https://odsl.org.uk/def/odsl/>
        PREFIX qb: <http://purl.org/linked-data/cube#>
        PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
        """;

    /** What was suppressed, for the build's report. */
    record Outcome(int cells, int primary, int secondary, long threshold) {
        String describe() {
            return ("disclosure control: %,d crime cube cells, %,d below %d suppressed, "
                + "%,d more suppressed so that no cell can be recovered by subtraction")
                .formatted(cells, primary, threshold, secondary);
        }
    }

    private record Cell(String observation, Node area, Node month, Node type, Node countLiteral) {
        long count() {
            return ((Number) countLiteral.getLiteralValue()).longValue();
        }

        String key(Node otherArea) {
            return otherArea + "|" + month + "|" + type;
        }
    }

    private final long threshold;
    private final Node dataset;

    DisclosureControl(long threshold, String base) {
        this.threshold = threshold;
        this.dataset = NodeFactory.createURI(base + CRIME_DATASET);
    }

    /** Suppresses in {@code derivedGraph} of {@code dsg}; call inside a write transaction. */
    Outcome apply(DatasetGraph dsg, Node derivedGraph) {
        List<Cell> cells = cells(dsg, derivedGraph);
        Map<String, Cell> byKey = new HashMap<>();
        cells.forEach(c -> byKey.put(c.key(c.area()), c));
        List<SmallCountSuppression.Relation<String>> relations = new ArrayList<>();
        Map<Node, List<Node>> lsoasOf = lsoasByDistrict(dsg, derivedGraph);
        Map<String, List<Cell>> typesOfTotal = new HashMap<>();
        for (Cell cell : cells) {
            if (lsoasOf.containsKey(cell.area()) && !cell.type().equals(ALL_CRIME_TYPES)) {
                List<Cell> parts = lsoasOf.get(cell.area()).stream().map(cell::key).map(byKey::get)
                    .filter(java.util.Objects::nonNull).toList();
                relations.add(relation(cell, parts));
                typesOfTotal.computeIfAbsent(cell.area() + "|" + cell.month(), k -> new ArrayList<>()).add(cell);
            }
        }
        for (Cell cell : cells) {
            if (cell.type().equals(ALL_CRIME_TYPES)) {
                relations.add(relation(cell, typesOfTotal.getOrDefault(cell.area() + "|" + cell.month(), List.of())));
            }
        }
        Map<String, Long> counts = new HashMap<>();
        cells.forEach(c -> counts.put(c.observation(), c.count()));
        var result = new SmallCountSuppression<String>(threshold).suppress(counts, relations);
        for (Cell cell : cells) {
            if (result.isSuppressed(cell.observation())) {
                Node observation = NodeFactory.createURI(cell.observation());
                dsg.delete(derivedGraph, observation, CRIME_COUNT, cell.countLiteral());
                dsg.add(derivedGraph, observation, OBS_STATUS, SUPPRESSED);
            }
        }
        dsg.add(derivedGraph, dataset, SUPPRESS_BELOW,
            NodeFactory.createLiteralDT(Long.toString(threshold), XSDDatatype.XSDinteger));
        return new Outcome(cells.size(), result.primary().size(), result.secondary().size(), threshold);
    }

    /**
     * A total and its parts, which must add up: the relations are found here from the area hierarchy, and a total
     * the rules computed differently would make the protection unsound, so the build stops instead.
     */
    private static SmallCountSuppression.Relation<String> relation(Cell total, List<Cell> parts) {
        long sum = parts.stream().mapToLong(Cell::count).sum();
        if (sum != total.count()) {
            throw new IllegalStateException("disclosure control: " + total.observation() + " counts " + total.count()
                + " but the " + parts.size() + " observations it totals sum to " + sum
                + "; the crime cube's rules and build/DisclosureControl.java disagree on what it totals");
        }
        List<String> members = new ArrayList<>();
        members.add(total.observation());
        parts.forEach(p -> members.add(p.observation()));
        return new SmallCountSuppression.Relation<>(members);
    }

    private List<Cell> cells(DatasetGraph dsg, Node derivedGraph) {
        List<Cell> cells = new ArrayList<>();
        forEachRow(dsg, """
            SELECT ?observation ?area ?month ?type ?count WHERE { GRAPH ?derived {
              ?observation qb:dataSet ?dataset ; sdmx-dimension:refArea ?area ; sdmx-dimension:refPeriod ?month ;
                           odsl:crimeType ?type ; odsl:crimeCount ?count } }
            """, derivedGraph, row -> cells.add(new Cell(row.get("observation").getURI(), row.get("area"),
                row.get("month"), row.get("type"), row.get("count"))));
        // which cell a relation takes as its second depends on the order relations are visited: make it the same
        // in every build of the same data
        cells.sort(Comparator.comparing(Cell::observation));
        return cells;
    }

    /** The LSOAs of the crime cube within each district of the cube (directly or through their MSOA), as rule 61. */
    private Map<Node, List<Node>> lsoasByDistrict(DatasetGraph dsg, Node derivedGraph) {
        Map<Node, List<Node>> lsoasOf = new HashMap<>();
        forEachRow(dsg, """
            SELECT DISTINCT ?lsoa ?district WHERE {
              { SELECT DISTINCT ?lsoa WHERE { GRAPH ?derived { ?o qb:dataSet ?dataset ; sdmx-dimension:refArea ?lsoa } } }
              ?lsoa a odsl:LowerLayerSuperOutputArea ; odsl:within+ ?district .
              ?district a odsl:LocalAuthorityDistrict .
              FILTER EXISTS { GRAPH ?derived { ?d qb:dataSet ?dataset ; sdmx-dimension:refArea ?district } }
            }
            """, derivedGraph,
            row -> lsoasOf.computeIfAbsent(row.get("district"), d -> new ArrayList<>()).add(row.get("lsoa")));
        return lsoasOf;
    }

    private void forEachRow(DatasetGraph dsg, String select, Node derivedGraph, java.util.function.Consumer<Binding> action) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(PREFIXES + select))
                .substitution("derived", derivedGraph).substitution("dataset", dataset).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(action);
        }
    }
}
