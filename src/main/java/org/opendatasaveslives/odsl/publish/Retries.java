package org.opendatasaveslives.odsl.publish;

import java.time.Duration;

/** How often a batch is sent again after a 5xx, a 429 or a connection failure, waiting twice as long each time. */
public record Retries(int count, Duration firstWait) {
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    Duration waitBefore(int retry) {
        Duration wait = firstWait.multipliedBy(1L << Math.min(retry - 1, 16));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
