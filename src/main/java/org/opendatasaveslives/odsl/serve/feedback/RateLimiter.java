package org.opendatasaveslives.odsl.serve.feedback;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket per client, in memory: each client may send {@code perMinute} requests at once, and earns them back
 * at {@code perMinute} a minute. Buckets that have filled up again are forgotten once more than
 * {@value #FORGET_ABOVE} clients are tracked, so the map stays bounded by the clients active in the last minute.
 */
final class RateLimiter {
    private static final int FORGET_ABOVE = 10_000;
    private static final long MINUTE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final int capacity;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new HashMap<>();

    /** @param nanoClock a monotonic clock in nanoseconds, {@code System::nanoTime} outside tests */
    RateLimiter(int perMinute, LongSupplier nanoClock) {
        this.capacity = perMinute;
        this.nanoClock = nanoClock;
    }

    /** Takes a token for the client: empty when the request may go ahead, else the whole seconds to wait. */
    synchronized OptionalLong take(String client) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.tokensAt(now, capacity) >= capacity);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        double tokens = bucket.tokensAt(now, capacity);
        if (tokens >= 1) {
            bucket.set(tokens - 1, now);
            return OptionalLong.empty();
        }
        bucket.set(tokens, now);
        long nanosToWait = (long) Math.ceil((1 - tokens) * MINUTE_NANOS / capacity);
        return OptionalLong.of(Math.max(1, (nanosToWait + 999_999_999L) / 1_000_000_000L));
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        double tokensAt(long now, int capacity) {
            return Math.min(capacity, tokens + (double) (now - at) * capacity / MINUTE_NANOS);
        }

        void set(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
