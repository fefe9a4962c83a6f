package org.opendatasaveslives.odsl.map;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * Compiles function executions (RML-FNML: rml:function, rml:input with rml:inputValue or rml:inputValueMap,
 * rml:return) into {@link FunctionCall}s against the {@link FunctionRegistry}; each call gets its own site in the plan.
 */
final class FunctionCompiler {
    private final MappingGraph mg;
    private final FunctionRegistry registry;
    private final Plan plan;
    private final TermMapCompiler terms;

    FunctionCompiler(MappingGraph mg, FunctionRegistry registry, Plan plan, TermMapCompiler terms) {
        this.mg = mg;
        this.registry = registry;
        this.plan = plan;
        this.terms = terms;
    }

    /** The output a term map or condition takes from its function: rml:return or a constant rml:returnMap, or null. */
    Node returnOf(Node m, TriplesMapPlan tm, String where) throws MappingException {
        Node ret = mg.one(m, Rml.returnProp, tm, where + "/rml:return");
        if (ret == null) {
            Node rm = mg.one(m, Rml.returnMap, tm, where + "/rml:returnMap");
            if (rm != null) {
                ret = mg.one(rm, Rml.constant, tm, where + "/rml:returnMap/rml:constant");
                if (ret == null) {
                    throw mg.err(tm, where + "/rml:returnMap", "only a constant return map is supported");
                }
            }
        }
        return ret;
    }

    FunctionCall compile(Node exec, Node ret, SourcePlan src, TriplesMapPlan tm, String where)
            throws MappingException {
        Node fnNode = mg.one(exec, Rml.function, tm, where + "/rml:function");
        if (fnNode == null) {
            Node fm = mg.one(exec, Rml.functionMap, tm, where + "/rml:functionMap");
            if (fm != null) {
                fnNode = mg.one(fm, Rml.constant, tm, where + "/rml:functionMap/rml:constant");
            }
        }
        if (fnNode == null || !fnNode.isURI()) {
            throw mg.err(tm, where, "a function execution needs rml:function <IRI>");
        }
        String iri = fnNode.getURI();
        RmlFunction fn = registry.get(iri);
        if (fn == null) {
            throw mg.err(tm, where + "/rml:function", "unknown function " + mg.label(fnNode)
                    + " (no implementation is registered for it)");
        }
        List<String> params = fn.parameters();
        TermGen[] args = new TermGen[params.size()];
        Set<String> fields = new LinkedHashSet<>();
        for (Node in : mg.objs(exec, Rml.input)) {
            Node p = mg.one(in, Rml.parameter, tm, where + "/rml:input/rml:parameter");
            if (p == null) {
                Node pm = mg.one(in, Rml.parameterMap, tm, where + "/rml:input/rml:parameterMap");
                if (pm != null) {
                    p = mg.one(pm, Rml.constant, tm, where + "/rml:input/rml:parameterMap/rml:constant");
                }
            }
            if (p == null || !p.isURI()) {
                throw mg.err(tm, where + "/rml:input", "an input needs rml:parameter <IRI>");
            }
            int idx = params.indexOf(p.getURI());
            if (idx < 0) {
                throw mg.err(tm, where + "/rml:input/rml:parameter", "function " + mg.label(fnNode)
                        + " has no parameter " + mg.label(p) + " (it declares: " + mg.shortList(params) + ")");
            }
            if (args[idx] != null) {
                throw mg.err(tm, where + "/rml:input/rml:parameter", "parameter " + mg.label(p) + " is given twice");
            }
            Node constant = mg.one(in, Rml.inputValue, tm, where + "/rml:input/rml:inputValue");
            Node valueMap = mg.one(in, Rml.inputValueMap, tm, where + "/rml:input/rml:inputValueMap");
            TermGen arg;
            if (constant != null && valueMap == null) {
                arg = new TermGen(TermGen.Kind.CONSTANT, constant.isLiteral() ? TermGen.Type.LITERAL
                        : TermGen.Type.IRI, where + "/rml:input/rml:inputValue");
                arg.constant = constant;
            } else if (valueMap != null && constant == null) {
                arg = terms.termMap(valueMap, TermRole.INPUT, src, tm, where + "/rml:input/rml:inputValueMap");
                if (arg.kind != TermGen.Kind.CONSTANT) {
                    fields.add(arg.field);
                }
            } else {
                throw mg.err(tm, where + "/rml:input",
                        "an input needs exactly one of rml:inputValue, rml:inputValueMap");
            }
            args[idx] = arg;
        }
        for (String req : fn.requiredParameters()) {
            if (args[params.indexOf(req)] == null) {
                throw mg.err(tm, where, "function " + mg.label(fnNode) + " needs parameter " + mg.shortIri(req));
            }
        }
        if (ret != null && (!ret.isURI() || !fn.outputs().contains(ret.getURI()))) {
            throw mg.err(tm, where.replace("/rml:functionExecution", "") + "/rml:return", "function " + mg.label(fnNode)
                    + " has no output " + mg.label(ret) + " (it declares: " + mg.shortList(fn.outputs()) + ")");
        }
        int site = plan.functionSites.size();
        plan.functionSites.add(iri);
        String field = fields.isEmpty() ? mg.shortIri(iri) : String.join(", ", fields);
        return new FunctionCall(iri, site, args, field, fn.sensitive(), fn.anonymises());
    }
}
