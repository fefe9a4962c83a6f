package org.opendatasaveslives.odsl.build;

import java.util.List;

/** The outcome of a whole build. */
public record BuildReport(List<ReleaseOutcome> releases, List<CheckResult> checks, long derivedTriples) {

    public boolean anyFailed() {
        return releases.stream().anyMatch(r -> !r.succeeded());
    }

    public long rejected() {
        return releases.stream().mapToLong(ReleaseOutcome::rejected).sum();
    }

    public String summary() {
        long ok = releases.stream().filter(ReleaseOutcome::succeeded).count();
        long read = releases.stream().mapToLong(ReleaseOutcome::read).sum();
        long loaded = releases.stream().mapToLong(ReleaseOutcome::loaded).sum();
        long triples = releases.stream().mapToLong(ReleaseOutcome::triples).sum();
        return String.format("build: %d of %d releases loaded; records read %,d = loaded %,d + rejected %,d; %,d triples",
            ok, releases.size(), read, loaded, rejected(), triples);
    }
}
