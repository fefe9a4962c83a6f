package org.opendatasaveslives.odsl.serve.linkeddata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * The HTML page of one resource: its name and types, what it says (grouped by property, with the graph and release
 * each statement comes from), what points to it, a map position, area and ontology sections when they apply, and
 * the SPARQL query that fetches the same data.
 */
final class ResourcePage {
    private final PageContext ctx;
    private final ResourceDescription description;
    private final String documentPath;
    private final String serverRoot;

    /**
     * @param documentPath the path of this document without suffix, for the links to its other formats
     * @param serverRoot   scheme, host and port of this server, for the query editor link
     */
    ResourcePage(PageContext ctx, ResourceDescription description, String documentPath, String serverRoot) {
        this.ctx = ctx;
        this.description = description;
        this.documentPath = documentPath;
        this.serverRoot = serverRoot;
    }

    /** @param sectionsHtml the sections other packages add (see {@link PageSection}), already escaped */
    String render(String sectionsHtml) {
        Node resource = description.resource();
        String title = title();
        Html body = new Html();
        body.element("h1", title);
        body.open("p", "class", "uri").element("code", resource.getURI()).close("p");
        types(body);
        formats(body);
        MapPosition.of(description).ifPresent(position -> position.render(body));
        if (UriSpace.isArea(resource.getURI())) {
            body.append(new AreaSection(ctx, resource).render());
        }
        TermUsage.of(ctx, resource).ifPresent(usage -> usage.render(body));
        outgoing(body);
        incoming(body);
        sources(body);
        body.trusted(sectionsHtml);
        sparql(body);
        return PageLayout.page(title, alternates(), body);
    }

    /** The resource's label; without one, its type and key, such as "Street-level crime record 1a2b". */
    private String title() {
        Node resource = description.resource();
        if (ctx.labels.label(resource).isPresent()) {
            return ctx.labels.display(resource);
        }
        List<Node> types = description.values(RDF.Nodes.type);
        String key = Labels.shortForm(resource);
        return types.isEmpty() ? key : ctx.labels.display(types.get(0)) + " " + key;
    }

    private void types(Html body) {
        List<Node> types = description.values(RDF.Nodes.type);
        if (types.isEmpty()) {
            return;
        }
        body.open("p", "class", "types").text(types.size() == 1 ? "Type: " : "Types: ");
        for (int i = 0; i < types.size(); i++) {
            body.text(i == 0 ? "" : ", ");
            ctx.node(body, types.get(i));
        }
        body.close("p");
    }

    private void formats(Html body) {
        body.open("p", "class", "formats").text("This document as ");
        DocumentFormat[] formats = DocumentFormat.values();
        for (int i = 1; i < formats.length; i++) {
            body.text(i == 1 ? "" : " · ").link(suffixed(formats[i]), formats[i].label(), "type", formats[i].mediaType());
        }
        body.close("p");
    }

    private Map<String, String> alternates() {
        Map<String, String> alternates = new LinkedHashMap<>();
        for (DocumentFormat format : DocumentFormat.values()) {
            if (format != DocumentFormat.HTML) {
                alternates.put(format.mediaType(), suffixed(format));
            }
        }
        return alternates;
    }

    private String suffixed(DocumentFormat format) {
        int query = documentPath.indexOf('?');
        return query < 0 ? documentPath + "." + format.suffix()
                : documentPath.substring(0, query) + "." + format.suffix() + documentPath.substring(query);
    }

    private void outgoing(Html body) {
        body.element("h2", "Statements");
        if (description.outgoing().isEmpty()) {
            body.element("p", "The data states nothing about this resource as a subject; see what refers to it below.");
            return;
        }
        StatementTable.render(ctx, body, StatementGroups.outgoing(description.outgoing(), ctx.labels), "statements");
    }

    private void incoming(Html body) {
        if (description.incoming().isEmpty()) {
            return;
        }
        body.element("h2", "Referred to by");
        StatementTable.render(ctx, body, StatementGroups.incoming(description.incoming(), ctx.labels), "incoming");
        if (description.incomingTruncated()) {
            String query = SparqlLinks.incoming(description.resource().getURI());
            body.open("p", "class", "more").text("Only the first " + ResourceDescription.INCOMING_LIMIT
                    + " statements referring to this resource are shown. ")
                    .link(SparqlLinks.editor(query, serverRoot), "Query all of them").close("p");
        }
    }

    private void sources(Html body) {
        Set<Node> graphs = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        description.outgoing().forEach(q -> graphs.add(q.getGraph()));
        description.incoming().forEach(q -> graphs.add(q.getGraph()));
        if (graphs.isEmpty()) {
            return;
        }
        body.element("h2", "Sources");
        body.element("p", "Each statement above names the graph it comes from; each source release's page shows its"
                + " provenance (input files with SHA-256 digests, mapping, record counts).");
        body.open("ul", "class", "sources");
        for (Node graph : graphs) {
            body.open("li");
            Optional<Node> release = ctx.sources.release(graph);
            if (release.isPresent()) {
                ctx.node(body, release.get());
                body.text(" — graph ").element("code", graph.getURI());
            } else {
                body.text(Quad.isDefaultGraph(graph) ? "the default graph" : "graph ");
                if (!Quad.isDefaultGraph(graph)) {
                    body.element("code", graph.getURI()).text(" (built by odsl, no source release)");
                }
            }
            body.close("li");
        }
        body.close("ul");
    }

    private void sparql(Html body) {
        String query = SparqlLinks.describe(description.resource().getURI());
        body.element("h2", "The same data in SPARQL");
        body.element("pre", query, "class", "sparql");
        body.open("p").link(SparqlLinks.editor(query, serverRoot), "Open in the query editor")
                .text(" · ").link(SparqlLinks.endpoint(query), "Run on the endpoint").close("p");
    }
}
