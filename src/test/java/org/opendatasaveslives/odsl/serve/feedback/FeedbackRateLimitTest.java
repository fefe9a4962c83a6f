package org.opendatasaveslives.odsl.serve.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;

/** The per-client limit on feedback: over HTTP with a clock that stands still, and the bucket's refill with a fake clock. */
class FeedbackRateLimitTest {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void theRequestAfterTheAllowanceGetsTooManyRequestsWithRetryAfter() throws Exception {
        FusekiServer server = FeedbackFixture.start(FeedbackFixture.dataset(), new FeedbackLimits(2_000, 16_384, 3));
        try {
            String url = "http://127.0.0.1:" + server.getHttpPort() + "/feedback";
            String body = "{\"target\": \"" + FeedbackFixture.CRIME + "\", \"motivation\": \"commenting\", \"text\": \"again\"}";
            for (int i = 0; i < 3; i++) {
                assertEquals(201, FeedbackFixture.post(url, "application/json", body).statusCode(), "request " + (i + 1));
            }
            HttpResponse<String> refused = FeedbackFixture.post(url, "application/json", body);
            assertEquals(429, refused.statusCode());
            assertEquals("20", refused.headers().firstValue("Retry-After").orElse(""), "3 a minute: one back every 20 s");
            assertTrue(refused.body().contains("Too much feedback from your address"), refused.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void tokensComeBackAtTheRatePerMinuteAndEachClientHasItsOwn() {
        AtomicLong now = new AtomicLong(1_000 * SECOND);
        RateLimiter limiter = new RateLimiter(6, now::get);
        for (int i = 0; i < 6; i++) {
            assertTrue(limiter.take("a").isEmpty(), "burst " + i);
        }
        assertEquals(OptionalLong.of(10), limiter.take("a"));
        assertTrue(limiter.take("b").isEmpty(), "another client is not held up");
        now.addAndGet(9 * SECOND);
        assertEquals(OptionalLong.of(1), limiter.take("a"));
        now.addAndGet(SECOND);
        assertTrue(limiter.take("a").isEmpty(), "one token back after 10 s");
        assertTrue(limiter.take("a").isPresent());
        now.addAndGet(3_600 * SECOND);
        for (int i = 0; i < 6; i++) {
            assertTrue(limiter.take("a").isEmpty(), "refilled to the burst, not beyond: " + i);
        }
        assertTrue(limiter.take("a").isPresent());
    }
}
