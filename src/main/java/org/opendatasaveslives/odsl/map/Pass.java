package org.opendatasaveslives.odsl.map;

/** State of one pass over one source: function instances per call site and per-record memo of subjects. */
final class Pass {
    final String base;
    final String blankPrefix;
    private final RmlFunction[] functions;
    private final FunctionRegistry registry;
    private final String[] functionIris;
    private final Object[] subjectMemo;
    private final long[] subjectStamp;
    /** Incremented for each record, so memo entries of earlier records are stale. */
    long stamp;

    Pass(Plan plan, String base, String blankPrefix, FunctionRegistry registry) {
        this.base = base;
        this.blankPrefix = blankPrefix;
        this.registry = registry;
        this.functionIris = plan.functionSites.toArray(new String[0]);
        this.functions = new RmlFunction[functionIris.length];
        this.subjectMemo = new Object[plan.triplesMaps.size()];
        this.subjectStamp = new long[plan.triplesMaps.size()];
        java.util.Arrays.fill(subjectStamp, -1);
    }

    RmlFunction function(int site) {
        RmlFunction f = functions[site];
        if (f == null) {
            f = registry.get(functionIris[site]).newRun();
            functions[site] = f;
        }
        return f;
    }

    /** The subject(s) of a triples map for the current record, evaluated once per record. */
    Object subject(TriplesMapPlan tm, Row row) throws RecordFailure {
        int i = tm.index;
        if (subjectStamp[i] == stamp) {
            return subjectMemo[i];
        }
        Object s = tm.subject.eval(row, this);
        subjectMemo[i] = s;
        subjectStamp[i] = stamp;
        return s;
    }
}
