package org.opendatasaveslives.odsl.map;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;

/**
 * How to read a CSV source, from its W3C CSVW description ({@code csvw:dialect}, {@code csvw:tableSchema}) as RML-IO
 * allows on a source: the delimiter, whether the first line is a header, and the column names declared by position.
 * Declared names let a mapping read headerless files (NHS ODS extracts) and files whose header repeats a name or is
 * corrupted (NHS England A&E), since references then use the declared names, not the file's.
 *
 * @param delimiter the field separator
 * @param header    whether the first line is a header (skipped when columns are declared)
 * @param columns   the column names by position, or null to take them from the header
 */
record CsvDialect(char delimiter, boolean header, List<String> columns) {
    static final String NS = "http://www.w3.org/ns/csvw#";
    static final CsvDialect DEFAULT = new CsvDialect(',', true, null);

    private static final Node DIALECT = NodeFactory.createURI(NS + "dialect");
    private static final Node DELIMITER = NodeFactory.createURI(NS + "delimiter");
    private static final Node HEADER = NodeFactory.createURI(NS + "header");
    private static final Node TABLE_SCHEMA = NodeFactory.createURI(NS + "tableSchema");
    private static final Node COLUMN = NodeFactory.createURI(NS + "column");
    private static final Node NAME = NodeFactory.createURI(NS + "name");

    /** A CSVW description the engine cannot use: the property at fault and what was expected. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        final String property;

        Invalid(String property, String problem) {
            super(problem);
            this.property = property;
        }
    }

    /** The dialect of an {@code rml:source} node; {@link #DEFAULT} when it has no CSVW description. */
    static CsvDialect of(Graph g, Node source) throws Invalid {
        Node dialect = single(g, source, DIALECT, "csvw:dialect");
        Node schema = single(g, source, TABLE_SCHEMA, "csvw:tableSchema");
        if (dialect == null && schema == null) {
            return DEFAULT;
        }
        char delimiter = ',';
        boolean header = true;
        if (dialect != null) {
            Node d = single(g, dialect, DELIMITER, "csvw:dialect/csvw:delimiter");
            if (d != null) {
                if (!d.isLiteral() || d.getLiteralLexicalForm().length() != 1) {
                    throw new Invalid("csvw:dialect/csvw:delimiter", "expected a single character, found " + d);
                }
                delimiter = d.getLiteralLexicalForm().charAt(0);
            }
            Node h = single(g, dialect, HEADER, "csvw:dialect/csvw:header");
            if (h != null) {
                String v = h.isLiteral() ? h.getLiteralLexicalForm() : "";
                if (!v.equals("true") && !v.equals("false") && !v.equals("1") && !v.equals("0")) {
                    throw new Invalid("csvw:dialect/csvw:header", "expected true or false, found " + h);
                }
                header = v.equals("true") || v.equals("1");
            }
        }
        List<String> columns = schema == null ? null : columns(g, schema);
        if (!header && columns == null) {
            throw new Invalid("csvw:dialect/csvw:header", "a file without a header needs its column names: declare"
                    + " them with csvw:tableSchema [ csvw:column ( [ csvw:name \"...\" ] ... ) ]");
        }
        return new CsvDialect(delimiter, header, columns);
    }

    private static List<String> columns(Graph g, Node schema) throws Invalid {
        Node list = single(g, schema, COLUMN, "csvw:tableSchema/csvw:column");
        if (list == null || !GraphList.isListNode(new GNode(g, list))) {
            throw new Invalid("csvw:tableSchema/csvw:column", "expected an RDF list of columns ( [ csvw:name \"...\" ] ... )");
        }
        List<String> names = new ArrayList<>();
        for (Node column : GraphList.members(new GNode(g, list))) {
            String where = "csvw:tableSchema/csvw:column (column " + (names.size() + 1) + ")";
            Node name = single(g, column, NAME, where + "/csvw:name");
            if (name == null || !name.isLiteral() || name.getLiteralLexicalForm().isEmpty()) {
                throw new Invalid(where, "every column needs a csvw:name");
            }
            if (names.contains(name.getLiteralLexicalForm())) {
                throw new Invalid(where, "the name \"" + name.getLiteralLexicalForm() + "\" is declared twice");
            }
            names.add(name.getLiteralLexicalForm());
        }
        if (names.isEmpty()) {
            throw new Invalid("csvw:tableSchema/csvw:column", "the schema declares no columns");
        }
        return List.copyOf(names);
    }

    private static Node single(Graph g, Node s, Node p, String where) throws Invalid {
        List<Node> values = g.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toList();
        if (values.size() > 1) {
            throw new Invalid(where, "has " + values.size() + " values; at most one is allowed");
        }
        return values.isEmpty() ? null : values.get(0);
    }
}
