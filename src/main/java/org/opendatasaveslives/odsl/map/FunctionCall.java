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

    FunctionCall(String iri, int site, TermGen[] args, String field) {
        this.iri = iri;
        this.site = site;
        this.args = args;
        this.field = field;
    }

    Object call(Row row, Pass pass) throws RecordFailure {
        Object[] a = new Object[args.length];
        for (int i = 0; i < a.length; i++) {
            if (args[i] != null) {
                a[i] = args[i].value(row, pass);
            }
        }
        RmlFunction f = pass.function(site);
        try {
            return f.apply(a);
        } catch (FunctionException e) {
            throw new RecordFailure(field, e.getMessage());
        } catch (RuntimeException e) {
            throw new RecordFailure(field, "function <" + iri + "> failed: " + e);
        }
    }
}
