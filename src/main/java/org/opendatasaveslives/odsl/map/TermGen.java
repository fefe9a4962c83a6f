package org.opendatasaveslives.odsl.map;

import java.util.List;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** A compiled term map. {@link #eval} gives null (no term), a Node, or a Node[] (several terms). */
final class TermGen {
    enum Kind { CONSTANT, REFERENCE, TEMPLATE, FUNCTION, FRESH }

    /** IRI: IRI-safe encoding of template values; URI: also non-ASCII encoded; UNSAFE_IRI: no encoding, no check. */
    enum Type { IRI, URI, UNSAFE_IRI, BLANK, LITERAL }

    final Kind kind;
    final Type type;
    /** For error messages: the column/reference/template/function, e.g. {@code Name} or {@code http://ex/{ID}}. */
    final String field;

    Node constant;
    int slot = -1;
    Template template;
    FunctionCall function;
    /** Templates whose fixed parts are valid IRI text: encoded values cannot make them invalid. */
    boolean templateSafe;
    /** rml:baseIRI of the triples map, or null for the run's base IRI. */
    String base;

    Node datatype;
    RDFDatatype rdfDatatype;
    TermGen datatypeMap;
    String language;
    TermGen languageMap;
    FunctionCall condition;

    /** Whether this term's value is (or is computed from) a personal identifier, so errors must not quote it. */
    boolean tainted() {
        return kind == Kind.FUNCTION && function != null && function.taintedResult;
    }

    /** How template values are encoded, from the term type. */
    private final Template.Encoding encoding;
    /** IRIs that needed checking, and literals of a fixed datatype or language, made lately. */
    private final RecentNodes recent = new RecentNodes();

    TermGen(Kind kind, Type type, String field) {
        this.kind = kind;
        this.type = type;
        this.field = field;
        this.encoding = type == Type.IRI ? Template.Encoding.IRI
                : type == Type.URI ? Template.Encoding.URI : Template.Encoding.NONE;
    }

    /** The term(s) for a record. */
    Object eval(Row row, Pass pass) throws RecordFailure {
        if (condition != null && !Values.isTrue(condition.call(row, pass))) {
            return null;
        }
        switch (kind) {
            case CONSTANT:
                return constant;
            case FRESH:
                return NodeFactory.createBlankNode();
            case REFERENCE: {
                Object v = row.get(slot);
                return v instanceof List<?> l ? many(l, row, pass, false) : toNode(v, row, pass, false);
            }
            case TEMPLATE: {
                Object v = template.expand(row, encoding, false);
                return v instanceof List<?> l ? many(l, row, pass, true) : toNode(v, row, pass, true);
            }
            case FUNCTION: {
                Object v = function.call(row, pass);
                return v instanceof List<?> l ? many(l, row, pass, false) : toNode(v, row, pass, false);
            }
            default:
                throw new IllegalStateException();
        }
    }

    private Object many(List<?> values, Row row, Pass pass, boolean fromTemplate) throws RecordFailure {
        Node[] out = new Node[values.size()];
        int n = 0;
        for (Object v : values) {
            Node node = toNode(v, row, pass, fromTemplate);
            if (node != null) {
                out[n++] = node;
            }
        }
        if (n == 0) {
            return null;
        }
        return n == 1 ? out[0] : (n == out.length ? out : java.util.Arrays.copyOf(out, n));
    }

    /** The raw value, for function arguments: constants as text, templates expanded without encoding. */
    Object value(Row row, Pass pass) throws RecordFailure {
        if (condition != null && !Values.isTrue(condition.call(row, pass))) {
            return null;
        }
        switch (kind) {
            case CONSTANT:
                return constant.isLiteral() ? constant.getLiteralLexicalForm()
                        : constant.isURI() ? constant.getURI() : constant.getBlankNodeLabel();
            case REFERENCE:
                return row.get(slot);
            case TEMPLATE:
                return template.expand(row, encoding, true);
            case FUNCTION:
                return function.call(row, pass);
            default:
                return null;
        }
    }

    private Node toNode(Object v, Row row, Pass pass, boolean fromTemplate) throws RecordFailure {
        if (v == null) {
            return null;
        }
        switch (type) {
            case IRI:
            case URI:
                return iri(Values.str(v), fromTemplate && templateSafe, pass);
            case UNSAFE_IRI:
                return iri(Values.str(v), true, pass);
            case BLANK:
                return NodeFactory.createBlankNode(pass.blankPrefix + Values.str(v));
            case LITERAL:
            default:
                return literal(v, row, pass);
        }
    }

    private Node iri(String s, boolean safe, Pass pass) throws RecordFailure {
        if (!Iris.hasScheme(s)) {
            s = (base != null ? base : pass.base) + s;
        }
        if (safe) {
            return NodeFactory.createURI(s);
        }
        Node known = recent.get(s);
        if (known != null) {
            return known;
        }
        String why = Iris.check(s);
        if (why != null) {
            if (tainted()) {
                throw RecordFailure.withheld(field, "the IRI computed from a personal identifier is not valid: "
                    + "the value is withheld so that it is not repeated");
            }
            throw new RecordFailure(field, "<" + s + "> is not a valid IRI: " + why);
        }
        return recent.put(s, NodeFactory.createURI(s));
    }

    private Node literal(Object v, Row row, Pass pass) throws RecordFailure {
        String lex = Values.str(v);
        if (language != null || (rdfDatatype != null && languageMap == null)) {
            Node known = recent.get(lex);
            return known != null ? known : recent.put(lex, fixedTypeLiteral(lex));
        }
        return variableTypeLiteral(v, lex, row, pass);
    }

    /** A literal in this term map's language or of its datatype. */
    private Node fixedTypeLiteral(String lex) throws RecordFailure {
        return language != null ? NodeFactory.createLiteralLang(lex, language) : typed(lex, rdfDatatype);
    }

    /** A literal whose language, or datatype, a language map, a datatype map or the value's own type decides. */
    private Node variableTypeLiteral(Object v, String lex, Row row, Pass pass) throws RecordFailure {
        if (languageMap != null) {
            Object l = languageMap.value(row, pass);
            if (l != null) {
                String lang = Values.str(l);
                if (!TermMapCompiler.validLanguageTag(lang)) {
                    throw new RecordFailure(languageMap.field, "\"" + lang + "\" is not a valid language tag (BCP 47)");
                }
                return NodeFactory.createLiteralLang(lex, lang);
            }
        }
        RDFDatatype dt = rdfDatatype;
        if (dt == null && datatypeMap != null) {
            Object d = datatypeMap.eval(row, pass);
            if (d instanceof Node n && n.isURI()) {
                dt = TypeMapper.getInstance().getSafeTypeByName(n.getURI());
            } else if (d instanceof Node[] ns && ns[0].isURI()) {
                dt = TypeMapper.getInstance().getSafeTypeByName(ns[0].getURI());
            }
        }
        if (dt == null) {
            dt = Values.naturalType(v);
            if (dt == null) {
                return NodeFactory.createLiteralString(lex);
            }
        }
        return typed(lex, dt);
    }

    private Node typed(String lex, RDFDatatype dt) throws RecordFailure {
        if (!dt.isValid(lex)) {
            if (tainted()) {
                throw RecordFailure.withheld(field, "the value computed from a personal identifier is not a valid "
                    + shortType(dt.getURI()) + " (the value is withheld so that it is not repeated)");
            }
            throw new RecordFailure(field, "\"" + lex + "\" is not a valid " + shortType(dt.getURI()));
        }
        return NodeFactory.createLiteralDT(lex, dt);
    }

    static String shortType(String iri) {
        if (iri.startsWith("http://www.w3.org/2001/XMLSchema#")) {
            return "xsd:" + iri.substring("http://www.w3.org/2001/XMLSchema#".length());
        }
        return "<" + iri + ">";
    }
}
