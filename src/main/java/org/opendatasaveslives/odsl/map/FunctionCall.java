package org.opendatasaveslives.odsl.map;

/** A compiled {@code rml:functionExecution} at one call site. */
final class FunctionCall {
    final String iri;
    /** Call-site number: each site has its own function instance per pass (state such as occurrence counts). */
    final int site;
    /** Argument term maps, aligned with the function's declared parameters; null where the mapping gives none. */
    final TermGen[] args;
    /** The input reference(s), for error messages. */
    final String field;
    /** The function's input is a personal identifier ({@link RmlFunction#sensitive()}): errors never quote it. */
    final boolean sensitive;
    /** Some argument is computed from a personal identifier: this call's own errors never quote its input. */
    final boolean taintedInput;
    /** The result still reveals a personal identifier: terms and functions computed from it never quote it. */
    final boolean taintedResult;

    FunctionCall(String iri, int site, TermGen[] args, String field) {
        this(iri, site, args, field, false, false);
    }

    FunctionCall(String iri, int site, TermGen[] args, String field, boolean sensitive, boolean anonymises) {
        this.iri = iri;
        this.site = site;
        this.args = args;
        this.field = field;
        this.sensitive = sensitive;
        boolean tainted = false;
        for (TermGen arg : args) {
            tainted |= arg != null && arg.tainted();
        }
        this.taintedInput = tainted;
        this.taintedResult = !anonymises && (sensitive || tainted);
    }

    Object call(Row row, Pass pass) throws RecordFailure {
        Object[] a = new Object[args.length];
        for (int i = 0; i < a.length; i++) {
            if (args[i] != null) {
                try {
                    a[i] = args[i].value(row, pass);
                } catch (RecordFailure f) {
                    if (!sensitive || f.withheld) {
                        throw f;
                    }
                    throw RecordFailure.withheld(f.field, "the personal identifier given to " + shortIri()
                        + " cannot be read (the details are withheld so that the value is not repeated)");
                }
            }
        }
        RmlFunction f = pass.function(site);
        try {
            return f.apply(a);
        } catch (FunctionException e) {
            if (taintedInput || (sensitive && !(f.sensitive()))) {
                throw RecordFailure.withheld(field, shortIri() + " failed on a value computed from a personal"
                    + " identifier (the details are withheld so that the value is not repeated)");
            }
            // a sensitive function words its own reasons without the value
            throw sensitive ? RecordFailure.withheld(field, e.getMessage()) : new RecordFailure(field, e.getMessage());
        } catch (RuntimeException e) {
            if (sensitive || taintedInput) {
                throw RecordFailure.withheld(field, "function <" + iri + "> failed on a personal identifier ("
                    + e.getClass().getSimpleName() + "; the details are withheld so that the value is not repeated)");
            }
            throw new RecordFailure(field, "function <" + iri + "> failed: " + e);
        }
    }

    private String shortIri() {
        return iri.startsWith(OdslFunctions.NS) ? "odslfn:" + iri.substring(OdslFunctions.NS.length()) : "<" + iri + ">";
    }
}
