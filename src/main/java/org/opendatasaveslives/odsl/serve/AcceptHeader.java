package org.opendatasaveslives.odsl.serve;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Content negotiation by the rules of RFC 9110: an offered media type takes the q-value of the most specific range of
 * the Accept header that matches it (so {@code text/turtle;q=0} refuses Turtle even beside {@code *}{@code /*}); the
 * highest q wins and ties go to the earlier offer. Jena's {@code AcceptList.match} does not honour {@code q=0}.
 */
public final class AcceptHeader {
    private AcceptHeader() {
    }

    /**
     * The offer the header prefers: the first offer when there is no header, empty when none is acceptable or the
     * header cannot be read (answer 406).
     */
    public static <T> Optional<T> choose(String accept, List<T> offers, Function<T, String> mediaType) {
        if (accept == null || accept.isBlank()) {
            return offers.stream().findFirst();
        }
        Optional<List<MediaRange>> ranges = ranges(accept);
        if (ranges.isEmpty()) {
            return Optional.empty();
        }
        T best = null;
        double bestQ = 0;
        for (T offer : offers) {
            double q = quality(ranges.get(), mediaType.apply(offer));
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The ranges of a header, empty when it cannot be read. */
    public static Optional<List<MediaRange>> ranges(String accept) {
        try {
            return Optional.of(new AcceptList(accept).entries());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The q-value of the most specific range accepting the media type; 0 when none does. */
    public static double quality(List<MediaRange> ranges, String mediaType) {
        MediaType offer = MediaType.create(mediaType);
        MediaRange mostSpecific = null;
        for (MediaRange range : ranges) {
            if (range.accepts(offer) && (mostSpecific == null || specificity(range) > specificity(mostSpecific))) {
                mostSpecific = range;
            }
        }
        return mostSpecific == null ? 0 : mostSpecific.get_q();
    }

    private static int specificity(MediaType range) {
        return ("*".equals(range.getType()) ? 0 : 1) + ("*".equals(range.getSubType()) ? 0 : 1);
    }
}
