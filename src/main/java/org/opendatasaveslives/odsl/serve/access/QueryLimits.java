package org.opendatasaveslives.odsl.serve.access;

import java.time.Duration;

/**
 * How long a query may run and, for anonymous users, how many rows (solutions) it may return. A client's
 * {@code ?timeout=} can shorten the timeout, never lengthen it.
 *
 * @param timeout            for authenticated users
 * @param anonymousTimeout   for anonymous users, at most {@code timeout}
 * @param anonymousRowLimit  the LIMIT put on an anonymous query that has none or a larger one
 */
public record QueryLimits(Duration timeout, Duration anonymousTimeout, long anonymousRowLimit) {
    public QueryLimits {
        if (timeout.isNegative() || timeout.isZero() || anonymousTimeout.isNegative() || anonymousTimeout.isZero()) {
            throw new IllegalArgumentException("Query timeouts must be positive");
        }
        if (anonymousTimeout.compareTo(timeout) > 0) {
            anonymousTimeout = timeout;
        }
        if (anonymousRowLimit < 1) {
            throw new IllegalArgumentException("The anonymous row limit must be at least 1, got " + anonymousRowLimit);
        }
    }

    Duration timeoutFor(RoleView view) {
        return view.isAnonymous() ? anonymousTimeout : timeout;
    }
}
