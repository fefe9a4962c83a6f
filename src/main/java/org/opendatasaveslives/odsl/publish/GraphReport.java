package org.opendatasaveslives.odsl.publish;

import java.time.Duration;

/** What publishing one graph did: how it went, the graph's size, what was sent now, and how long it took. */
public record GraphReport(String graph, Outcome outcome, long triples, long triplesSent, long batchesSent,
        long batchesConfirmedBefore, Duration time) {

    public enum Outcome {
        PUBLISHED("published"),
        RESUMED("resumed"),
        CHANGED("changed since the last run (or another --batch-triples), sent again in full"),
        UNCHANGED("unchanged since the last run, skipped");

        private final String description;

        Outcome(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
