package org.opendatasaveslives.odsl.map;

import java.util.Locale;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.langtag.LangTags;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Compiles term maps (constant, reference, template or function execution; term type, datatype, language, condition)
 * into {@link TermGen}s, and checks that each term fits its position.
 */
final class TermMapCompiler {
    private final MappingGraph mg;
    private final FunctionCompiler functions;
    /** rml:baseIRI of the triples map being compiled, or null. */
    private String currentBase;

    TermMapCompiler(MappingGraph mg, FunctionRegistry registry, Plan plan) {
        this.mg = mg;
        this.functions = new FunctionCompiler(mg, registry, plan, this);
    }

    /** The rml:baseIRI of the triples map whose term maps follow (null: the run's base IRI). */
    void base(String iri) {
        currentBase = iri;
    }

    TermGen constant(Node c, TermRole role, TriplesMapPlan tm, String where) throws MappingException {
        TermGen.Type type = c.isURI() ? TermGen.Type.IRI : c.isBlank() ? TermGen.Type.BLANK : TermGen.Type.LITERAL;
        checkType(type, role, tm, where);
        TermGen t = new TermGen(TermGen.Kind.CONSTANT, type, where);
        t.constant = (role == TermRole.GRAPH && c.equals(Rml.defaultGraph)) ? Quad.defaultGraphIRI : c;
        return t;
    }

    TermGen termMap(Node m, TermRole role, SourcePlan src, TriplesMapPlan tm, String where)
            throws MappingException {
        if (m.isLiteral()) {
            throw mg.err(tm, where, "expected a term map (a resource), found the literal " + m);
        }
        Node constant = mg.one(m, Rml.constant, tm, where + "/rml:constant");
        Node reference = mg.one(m, Rml.reference, tm, where + "/rml:reference");
        Node template = mg.one(m, Rml.template, tm, where + "/rml:template");
        Node exec = mg.one(m, Rml.functionExecution, tm, where + "/rml:functionExecution");
        int count = (constant != null ? 1 : 0) + (reference != null ? 1 : 0) + (template != null ? 1 : 0)
                + (exec != null ? 1 : 0);
        if (count > 1) {
            throw mg.err(tm, where, "a term map has more than one of rml:constant, rml:reference, rml:template,"
                    + " rml:functionExecution");
        }
        Node termTypeNode = mg.one(m, Rml.termType, tm, where + "/rml:termType");
        TermGen.Type explicit = null;
        if (termTypeNode != null) {
            if (termTypeNode.equals(Rml.IRI)) {
                explicit = TermGen.Type.IRI;
            } else if (termTypeNode.equals(Rml.URI)) {
                explicit = TermGen.Type.URI;
            } else if (termTypeNode.equals(Rml.UnsafeIRI) || termTypeNode.equals(Rml.UnsafeURI)) {
                explicit = TermGen.Type.UNSAFE_IRI;
            } else if (termTypeNode.equals(Rml.BlankNode)) {
                explicit = TermGen.Type.BLANK;
            } else if (termTypeNode.equals(Rml.Literal)) {
                explicit = TermGen.Type.LITERAL;
            } else {
                throw mg.err(tm, where + "/rml:termType", "unknown term type " + mg.label(termTypeNode)
                        + " (expected rml:IRI, rml:BlankNode, rml:Literal or rml:UnsafeIRI)");
            }
        }
        Node datatype = mg.one(m, Rml.datatype, tm, where + "/rml:datatype");
        Node datatypeMap = mg.one(m, Rml.datatypeMap, tm, where + "/rml:datatypeMap");
        Node language = mg.one(m, Rml.language, tm, where + "/rml:language");
        Node languageMap = mg.one(m, Rml.languageMap, tm, where + "/rml:languageMap");
        boolean literalHints = datatype != null || datatypeMap != null || language != null || languageMap != null;

        TermGen t;
        if (constant != null) {
            t = constant(constant, role, tm, where + "/rml:constant");
            if (explicit != null && explicit != t.type && !(t.type == TermGen.Type.IRI
                    && (explicit == TermGen.Type.UNSAFE_IRI || explicit == TermGen.Type.URI))) {
                throw mg.err(tm, where + "/rml:termType", "the constant " + constant + " does not match the term type "
                        + mg.label(termTypeNode));
            }
        } else {
            TermGen.Type type = explicit;
            if (type == null) {
                boolean literalDefault = (role == TermRole.OBJECT || role == TermRole.INPUT)
                        && (reference != null || exec != null || literalHints);
                if (role == TermRole.INPUT && template != null) {
                    literalDefault = true;
                }
                type = (literalDefault || role == TermRole.LANGUAGE) ? TermGen.Type.LITERAL : TermGen.Type.IRI;
            }
            checkType(type, role, tm, where);
            if (reference != null) {
                String ref = mg.text(reference, tm, where + "/rml:reference");
                t = new TermGen(TermGen.Kind.REFERENCE, type, ref);
                t.slot = src.slot(ref, "triples map " + tm.name + ", " + where + "/rml:reference");
            } else if (template != null) {
                String text = mg.text(template, tm, where + "/rml:template");
                Template tp;
                try {
                    tp = Template.parse(text);
                } catch (IllegalArgumentException e) {
                    throw mg.err(tm, where + "/rml:template", e.getMessage());
                }
                for (int i = 0; i < tp.refs.length; i++) {
                    tp.slots[i] = src.slot(tp.refs[i], "triples map " + tm.name + ", " + where + "/rml:template");
                }
                t = new TermGen(TermGen.Kind.TEMPLATE, type, text);
                t.template = tp;
                if (type == TermGen.Type.IRI || type == TermGen.Type.URI) {
                    String sample = tp.sample();
                    if (!Iris.hasScheme(sample)) {
                        sample = "http://example.org/" + sample;
                    }
                    t.templateSafe = Iris.check(sample) == null;
                }
            } else if (exec != null) {
                Node ret = functions.returnOf(m, tm, where);
                FunctionCall fc = functions.compile(exec, ret, src, tm, where + "/rml:functionExecution");
                t = new TermGen(TermGen.Kind.FUNCTION, type, fc.field);
                t.function = fc;
            } else if (type == TermGen.Type.BLANK && (role == TermRole.SUBJECT || role == TermRole.OBJECT)) {
                t = new TermGen(TermGen.Kind.FRESH, type, where);
            } else {
                throw mg.err(tm, where, "a term map needs one of rml:constant, rml:reference, rml:template,"
                        + " rml:functionExecution");
            }
        }
        t.base = currentBase;

        if (literalHints && t.type != TermGen.Type.LITERAL) {
            throw mg.err(tm, where, "rml:datatype/rml:language apply only to literals, but the term type is "
                    + t.type.name().toLowerCase(Locale.ROOT));
        }
        if ((datatype != null || datatypeMap != null) && (language != null || languageMap != null)) {
            throw mg.err(tm, where, "a term map cannot have both a datatype and a language");
        }
        if (datatype != null) {
            if (!datatype.isURI()) {
                throw mg.err(tm, where + "/rml:datatype", datatype + " is not an IRI");
            }
            if (datatype.getURI().equals(RDF.dtLangString.getURI())) {
                throw mg.err(tm, where + "/rml:datatype", "rdf:langString needs a language: use rml:language");
            }
            t.datatype = datatype;
            t.rdfDatatype = TypeMapper.getInstance().getSafeTypeByName(datatype.getURI());
        }
        if (datatypeMap != null) {
            t.datatypeMap = termMap(datatypeMap, TermRole.DATATYPE, src, tm, where + "/rml:datatypeMap");
        }
        if (language != null) {
            String lang = mg.text(language, tm, where + "/rml:language");
            if (!validLanguageTag(lang)) {
                throw mg.err(tm, where + "/rml:language", "\"" + lang + "\" is not a valid language tag (BCP 47)");
            }
            t.language = lang;
        }
        if (languageMap != null) {
            t.languageMap = termMap(languageMap, TermRole.LANGUAGE, src, tm, where + "/rml:languageMap");
        }
        Node cond = mg.one(m, Rml.condition, tm, where + "/rml:condition");
        if (cond != null) {
            Node condExec = mg.one(cond, Rml.functionExecution, tm, where + "/rml:condition/rml:functionExecution");
            if (condExec == null) {
                throw mg.err(tm, where + "/rml:condition", "a condition needs rml:functionExecution");
            }
            t.condition = functions.compile(condExec, functions.returnOf(cond, tm, where + "/rml:condition"), src, tm,
                    where + "/rml:condition/rml:functionExecution");
        }
        return t;
    }

    /**
     * Well-formed BCP 47 with a primary language subtag that can exist: 2-3 letters (ISO 639), or the private-use
     * and grandfathered prefixes x and i. Longer primary subtags are reserved and none is registered, so a tag like
     * "english" is a mistake.
     */
    static boolean validLanguageTag(String lang) {
        if (!LangTags.check(lang)) {
            return false;
        }
        int dash = lang.indexOf('-');
        int primary = dash < 0 ? lang.length() : dash;
        return (primary >= 2 && primary <= 3) || (primary == 1 && "xXiI".indexOf(lang.charAt(0)) >= 0);
    }

    private void checkType(TermGen.Type type, TermRole role, TriplesMapPlan tm, String where) throws MappingException {
        String problem = null;
        switch (role) {
            case SUBJECT:
                if (type == TermGen.Type.LITERAL) {
                    problem = "a subject cannot be a literal";
                }
                break;
            case PREDICATE:
                if (type == TermGen.Type.BLANK || type == TermGen.Type.LITERAL) {
                    problem = "a predicate must be an IRI";
                }
                break;
            case GRAPH:
                if (type == TermGen.Type.LITERAL) {
                    problem = "a graph name cannot be a literal";
                }
                break;
            case DATATYPE:
                if (type == TermGen.Type.BLANK || type == TermGen.Type.LITERAL) {
                    problem = "a datatype must be an IRI";
                }
                break;
            default:
                break;
        }
        if (problem != null) {
            throw mg.err(tm, where, problem);
        }
    }
}
