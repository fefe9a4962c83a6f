package org.opendatasaveslives.odsl.serve.catalog;

import static org.opendatasaveslives.odsl.serve.catalog.Html.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDFS;
import org.opendatasaveslives.odsl.vocab.Odsl;
import org.opendatasaveslives.odsl.vocab.Quality;

/**
 * The catalogue as a web page: for each dataset the request may read, its description, licence, access, coverage,
 * figures, downloads, build provenance, quality measurements and class partitions. Server-rendered, no script.
 */
final class CataloguePage {
    private static final String PROV = Quality.PROV;
    private static final List<Node> METRIC_ORDER = List.of(Quality.RECORDS_READ, Quality.RECORDS_LOADED,
        Quality.RECORDS_REJECTED, Quality.REJECTED_AT_STAGE, Quality.SHAPE_VIOLATIONS, Quality.UNRESOLVED);

    private final StringBuilder html = new StringBuilder(16_384);
    private final ServerUrls urls;
    private final Function<Node, String> labels;
    private final Function<CatalogueGraph.Entry, List<Map.Entry<String, String>>> addedRows;

    private CataloguePage(ServerUrls urls, Function<Node, String> labels,
                          Function<CatalogueGraph.Entry, List<Map.Entry<String, String>>> addedRows) {
        this.urls = urls;
        this.labels = labels;
        this.addedRows = addedRows;
    }

    /**
     * @param labels    the label of a term (a metric, a class) from the ontology, or its IRI's last segment
     * @param addedRows name and HTML value (already escaped) of the rows {@link DatasetSection}s add to a dataset
     */
    static String render(List<CatalogueGraph.Entry> entries, ServerUrls urls, Function<Node, String> labels,
                         Function<CatalogueGraph.Entry, List<Map.Entry<String, String>>> addedRows) {
        CataloguePage page = new CataloguePage(urls, labels, addedRows);
        page.write(entries);
        return page.html.toString();
    }

    private void write(List<CatalogueGraph.Entry> entries) {
        html.append(Html.head("ODSL Graph: catalogue"))
            .append("<style>table{border-collapse:collapse;margin:.4rem 0}td,th{border:1px solid #ccc;padding:.2rem .5rem;"
                + "text-align:left;vertical-align:top}td.n{text-align:right}dl.meta{display:grid;grid-template-columns:"
                + "max-content auto;gap:.2rem 1rem}dl.meta dt{font-weight:600}section{border-top:1px solid #ddd;"
                + "margin-top:1rem}code{word-break:break-all}</style>\n")
            .append("<header>\n  <h1>ODSL Graph: catalogue</h1>\n  <p>").append(entries.size())
            .append(" datasets you may read. SPARQL endpoint: <a href=\"").append(escape(urls.sparql())).append("\"><code>")
            .append(escape(urls.sparql())).append("</code></a> &middot; <a href=\"").append(escape(urls.dumps()))
            .append("\">dumps</a> &middot; this catalogue as <a href=\"?format=ttl\">Turtle</a>, <a href=\"?format=jsonld\">"
                + "JSON-LD</a>, <a href=\"?format=nt\">N-Triples</a> &middot; <a href=\"")
            .append(escape(urls.voidDescription())).append("\">VoID and service description</a></p>\n</header>\n<main>\n");
        html.append("<nav><h2>Datasets</h2><ul>\n");
        for (CatalogueGraph.Entry e : entries) {
            html.append("  <li><a href=\"#").append(escape(anchor(e))).append("\">").append(escape(title(e)))
                .append("</a></li>\n");
        }
        html.append("</ul></nav>\n");
        entries.forEach(this::dataset);
        html.append("</main>\n</body>\n</html>\n");
    }

    private void dataset(CatalogueGraph.Entry e) {
        Graph m = e.metadata();
        Node ds = e.dataset();
        html.append("<section id=\"").append(escape(anchor(e))).append("\">\n<h2>").append(escape(title(e))).append("</h2>\n");
        literal(m, ds, CatalogueGraph.dcterms("description"))
            .ifPresent(d -> html.append("<p>").append(escape(d)).append("</p>\n"));
        html.append("<dl class=\"meta\">\n");
        row("Dataset", "<code>" + escape(ds.getURI()) + "</code>");
        row("Named graph", "<code>" + escape(e.graph().getURI()) + "</code>");
        Node tier = G.getZeroOrOneSP(m, ds, Odsl.ACCESS_TIER);
        if (tier != null) {
            row("Access", Odsl.RESTRICTED.equals(tier) ? "Restricted" : "Open");
        }
        links(m, ds, CatalogueGraph.dcterms("license"), "Licence");
        links(m, ds, CatalogueGraph.dcterms("publisher"), "Publisher");
        links(m, ds, CatalogueGraph.dcterms("source"), "Source");
        coverage(m, ds, CatalogueGraph.dcterms("temporal"), "Period");
        coverage(m, ds, CatalogueGraph.dcterms("spatial"), "Area");
        Node activity = G.getZeroOrOneSP(m, ds, prov("wasGeneratedBy"));
        if (activity != null) {
            Node ended = G.getZeroOrOneSP(m, activity, prov("endedAtTime"));
            Node software = G.getZeroOrOneSP(m, activity, prov("wasAssociatedWith"));
            row("Built", (ended == null ? "" : escape(ended.getLiteralLexicalForm()))
                + (software == null ? "" : " by " + escape(label(m, software))));
        }
        count(m, ds, Quality.TRIPLES).ifPresent(n -> row("Triples", n));
        count(m, ds, Quality.DISTINCT_SUBJECTS).ifPresent(n -> row("Distinct subjects", n));
        count(m, ds, Quality.CLASSES).ifPresent(n -> row("Classes", n));
        String query = "SELECT * WHERE { GRAPH <" + e.graph().getURI() + "> { ?s ?p ?o } } LIMIT 100";
        String dump = urls.dump(e.dumpFile());
        row("Downloads", "<a href=\"" + escape(dump) + "\">" + escape(e.dumpFile()) + "</a> (gzip N-Triples, <a href=\""
            + escape(dump + ".sha256") + "\">SHA-256</a>) &middot; <a href=\"" + escape(urls.sparql() + "?query="
            + URLEncoder.encode(query, StandardCharsets.UTF_8)) + "\">first 100 triples by SPARQL</a>");
        addedRows.apply(e).forEach(added -> row(added.getKey(), added.getValue()));
        html.append("</dl>\n");
        quality(m, ds);
        inputs(m, ds);
        classes(m, ds);
        html.append("</section>\n");
    }

    private void quality(Graph m, Node ds) {
        List<Node> measurements = G.listSP(m, ds, Quality.HAS_QUALITY_MEASUREMENT).stream()
            .sorted(Comparator.comparing((Node n) -> METRIC_ORDER.indexOf(G.getZeroOrOneSP(m, n, Quality.IS_MEASUREMENT_OF)))
                .thenComparing(n -> detail(m, n))).toList();
        if (measurements.isEmpty()) {
            return;
        }
        html.append("<h3>Quality measurements of the build</h3>\n<table>\n<tr><th>Metric</th><th>Of</th><th>Value</th></tr>\n");
        for (Node measurement : measurements) {
            Node metric = G.getZeroOrOneSP(m, measurement, Quality.IS_MEASUREMENT_OF);
            Node value = G.getZeroOrOneSP(m, measurement, Quality.VALUE);
            html.append("<tr><td>").append(escape(metric == null ? "" : labels.apply(metric))).append("</td><td>")
                .append(escape(detail(m, measurement))).append("</td><td class=\"n\">")
                .append(value == null ? "" : escape(value.getLiteralLexicalForm())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** What a measurement counts within its metric: a stage, a shape and path, or a check. */
    private static String detail(Graph m, Node measurement) {
        StringBuilder b = new StringBuilder();
        for (Node p : List.of(Quality.STAGE, Quality.VIOLATED_SHAPE, Quality.RESULT_PATH, RDFS.Nodes.label)) {
            Node v = G.getZeroOrOneSP(m, measurement, p);
            if (v != null) {
                b.append(b.isEmpty() ? "" : " ").append(v.isURI() ? v.getURI() : v.getLiteralLexicalForm());
            }
        }
        return b.toString();
    }

    private void inputs(Graph m, Node ds) {
        List<Node> inputs = G.listSP(m, ds, prov("wasDerivedFrom"));
        if (inputs.isEmpty()) {
            return;
        }
        html.append("<h3>Made from</h3>\n<table>\n<tr><th>File</th><th>SHA-256</th></tr>\n");
        inputs.stream().sorted(Comparator.comparing(n -> label(m, n))).forEach(input -> {
            Node sha = G.getZeroOrOneSP(m, input, Odsl.SHA256);
            html.append("<tr><td>").append(escape(label(m, input))).append("</td><td><code>")
                .append(sha == null ? "" : escape(sha.getLiteralLexicalForm())).append("</code></td></tr>\n");
        });
        html.append("</table>\n");
    }

    private void classes(Graph m, Node ds) {
        List<Node> partitions = G.listSP(m, ds, Quality.CLASS_PARTITION);
        if (partitions.isEmpty()) {
            return;
        }
        html.append("<details><summary>Classes (").append(partitions.size()).append(")</summary>\n<table>\n")
            .append("<tr><th>Class</th><th>Instances</th></tr>\n");
        partitions.stream().sorted(Comparator.comparing(Node::toString)).forEach(p -> {
            Node type = G.getZeroOrOneSP(m, p, Quality.CLASS);
            Node entities = G.getZeroOrOneSP(m, p, Quality.ENTITIES);
            html.append("<tr><td title=\"").append(type == null ? "" : escape(type.getURI())).append("\">")
                .append(type == null ? "" : escape(labels.apply(type))).append("</td><td class=\"n\">")
                .append(entities == null ? "" : escape(entities.getLiteralLexicalForm())).append("</td></tr>\n");
        });
        html.append("</table>\n</details>\n");
    }

    private void links(Graph m, Node ds, Node property, String name) {
        List<Node> values = G.listSP(m, ds, property);
        if (!values.isEmpty()) {
            row(name, String.join(", ", values.stream().map(v -> v.isURI()
                ? "<a href=\"" + escape(v.getURI()) + "\">" + escape(v.getURI()) + "</a>"
                : escape(v.isLiteral() ? v.getLiteralLexicalForm() : v.toString())).toList()));
        }
    }

    /** A coverage given as a URI, a literal, or a node with start and end dates (DCAT's dcterms:PeriodOfTime). */
    private void coverage(Graph m, Node ds, Node property, String name) {
        for (Node v : G.listSP(m, ds, property)) {
            Node start = G.getZeroOrOneSP(m, v, CatalogueGraph.dcat("startDate"));
            Node end = G.getZeroOrOneSP(m, v, CatalogueGraph.dcat("endDate"));
            if (start != null || end != null) {
                row(name, escape((start == null ? "" : start.getLiteralLexicalForm()) + " to "
                    + (end == null ? "" : end.getLiteralLexicalForm())));
            } else if (v.isURI()) {
                row(name, "<a href=\"" + escape(v.getURI()) + "\">" + escape(label(m, v)) + "</a>");
            } else if (v.isLiteral()) {
                row(name, escape(v.getLiteralLexicalForm()));
            }
        }
    }

    private void row(String name, String valueHtml) {
        html.append("  <dt>").append(escape(name)).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }

    private static Optional<String> literal(Graph m, Node s, Node p) {
        return G.listSP(m, s, p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst();
    }

    private static Optional<String> count(Graph m, Node s, Node p) {
        return literal(m, s, p).map(n -> String.format("%,d", Long.parseLong(n)));
    }

    private static String title(CatalogueGraph.Entry e) {
        return literal(e.metadata(), e.dataset(), CatalogueGraph.dcterms("title")).orElse(e.dataset().getURI());
    }

    private static String anchor(CatalogueGraph.Entry e) {
        return e.dumpFile().replaceFirst("\\.nt\\.gz$", "");
    }

    private static String label(Graph m, Node n) {
        return literal(m, n, RDFS.Nodes.label).orElse(n.isURI() ? n.getURI() : n.toString());
    }

    private static Node prov(String local) {
        return NodeFactory.createURI(PROV + local);
    }
}
