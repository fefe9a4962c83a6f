package org.opendatasaveslives.odsl.serve.linkeddata;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * The ontology documentation at {@code /def/}: every class and property the project defines (under
 * {@code {base}/def/}) with label, comment, domain, range and how much the readable data uses it.
 */
final class OntologyIndexPage {
    private final PageContext ctx;

    OntologyIndexPage(PageContext ctx) {
        this.ctx = ctx;
    }

    String render() {
        Map<String, Node> classes = terms(TermUsage.CLASS_TYPES);
        Map<String, Node> properties = terms(TermUsage.PROPERTY_TYPES);
        Html body = new Html();
        body.element("h1", "ODSL ontology");
        body.element("p", "The classes and properties ODSL Graph defines under " + ctx.uris.base() + "/def/, with the"
                + " number of instances and statements in the data you may read. Each term's URI answers with its page.");
        if (classes.isEmpty() && properties.isEmpty()) {
            body.element("p", "No ontology is loaded in this database: build it with odsl build, which loads ontology/.");
        }
        body.element("h2", "Classes (" + classes.size() + ")");
        table(body, classes, TermUsage.Kind.CLASS, List.of("Class", "Description", "Instances"));
        body.element("h2", "Properties (" + properties.size() + ")");
        table(body, properties, TermUsage.Kind.PROPERTY, List.of("Property", "Description", "Domain", "Range", "Statements"));
        return PageLayout.page("ODSL ontology", Map.of(), body);
    }

    /** Terms of the project's namespace with one of the given types, by their label. */
    private Map<String, Node> terms(Set<Node> types) {
        Map<String, Node> terms = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String namespace = ctx.uris.base() + "/def/";
        for (Node type : types) {
            for (Iterator<Quad> it = ctx.view.find(Node.ANY, Node.ANY, RDF.Nodes.type, type); it.hasNext(); ) {
                Node term = it.next().getSubject();
                if (term.isURI() && term.getURI().startsWith(namespace)) {
                    terms.put(ctx.labels.display(term) + " " + term.getURI(), term);
                }
            }
        }
        return terms;
    }

    private void table(Html body, Map<String, Node> terms, TermUsage.Kind kind, List<String> headings) {
        body.open("table", "class", "terms").open("thead").open("tr");
        headings.forEach(h -> body.element("th", h));
        body.close("tr").close("thead").open("tbody");
        for (Node term : terms.values()) {
            body.open("tr", "id", Labels.shortForm(term)).open("td");
            ctx.node(body, term);
            body.element("div", Labels.shortForm(term), "class", "type").close("td");
            body.element("td", first(term, Vocab.COMMENT));
            if (kind == TermUsage.Kind.PROPERTY) {
                cell(body, term, Vocab.DOMAIN);
                cell(body, term, Vocab.RANGE);
            }
            body.element("td", Long.toString(TermUsage.count(ctx.view, term, kind)), "class", "count");
            body.close("tr");
        }
        body.close("tbody").close("table");
    }

    private void cell(Html body, Node term, Node property) {
        body.open("td");
        Iterator<Quad> values = ctx.view.find(Node.ANY, term, property, Node.ANY);
        if (values.hasNext()) {
            ctx.node(body, values.next().getObject());
        }
        body.close("td");
    }

    private String first(Node term, Node property) {
        for (Iterator<Quad> values = ctx.view.find(Node.ANY, term, property, Node.ANY); values.hasNext(); ) {
            Node value = values.next().getObject();
            if (value.isLiteral()) {
                return value.getLiteralLexicalForm();
            }
        }
        return "";
    }
}
