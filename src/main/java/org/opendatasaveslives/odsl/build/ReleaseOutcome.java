package org.opendatasaveslives.odsl.build;

import java.nio.file.Path;
import java.util.List;

/**
 * What building one release did.
 *
 * @param release  the release's catalogue name
 * @param failure  why the release was not loaded (its previous version, if any, stays served), or null if it loaded
 * @param read     records read from its inputs
 * @param loaded   records that reached the graph
 * @param rejected records quarantined in the rejects report (read = loaded + rejected)
 * @param triples  triples in the release's graph after the build, provenance included
 * @param millis   wall time of the release's build
 * @param rejects  the rejects report, or null if none was written
 * @param examples the first few reasons in the rejects report
 */
public record ReleaseOutcome(String release, String failure, long read, long loaded, long rejected, long triples,
                             long millis, Path rejects, List<String> examples) {

    static ReleaseOutcome failed(String release, String failure, long millis) {
        return new ReleaseOutcome(release, failure, 0, 0, 0, 0, millis, null, List.of());
    }

    /** The same outcome, having taken this much longer (a commit's time, or a spoiled first attempt's). */
    ReleaseOutcome plusMillis(long more) {
        return new ReleaseOutcome(release, failure, read, loaded, rejected, triples, millis + more, rejects, examples);
    }

    public boolean succeeded() {
        return failure == null;
    }

    public String describe() {
        if (!succeeded()) {
            return release + ": FAILED, nothing loaded (the previous version, if any, is kept): " + failure;
        }
        double seconds = Math.max(millis, 1) / 1000.0;
        String line = String.format("%s: read %,d records, loaded %,d, rejected %,d; %,d triples in %.1f s (%,.0f records/s, %,.0f triples/s)",
            release, read, loaded, rejected, triples, seconds, read / seconds, triples / seconds);
        if (rejected == 0) {
            return line;
        }
        StringBuilder b = new StringBuilder(line).append("\n    rejects: ").append(rejects);
        examples.forEach(example -> b.append("\n      ").append(example));
        if (rejected > examples.size()) {
            b.append("\n      ...");
        }
        return b.toString();
    }
}
