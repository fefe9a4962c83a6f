package org.opendatasaveslives.odsl.serve.feedback;

/**
 * How much feedback the server accepts.
 *
 * @param maxTextLength       characters of comment text at most
 * @param maxRequestBytes     bytes of request body read at most; a larger request is refused unread
 * @param postsPerMinute      feedback requests one client address may send per minute (and in one burst)
 */
public record FeedbackLimits(int maxTextLength, int maxRequestBytes, int postsPerMinute) {
    public static final FeedbackLimits DEFAULT = new FeedbackLimits(2_000, 16_384, 10);

    public FeedbackLimits {
        if (maxTextLength < 1 || maxRequestBytes < maxTextLength || postsPerMinute < 1) {
            throw new IllegalArgumentException("Feedback limits must be positive, and the request cap at least the text limit");
        }
    }
}
