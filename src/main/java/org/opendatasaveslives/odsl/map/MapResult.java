package org.opendatasaveslives.odsl.map;

import java.util.Map;

/**
 * What a run did.
 *
 * @param recordsRead   records read from all logical sources (join-index passes not counted)
 * @param recordsMapped records whose quads were all generated
 * @param recordsFailed records rejected with a {@link RecordError}
 * @param quadsEmitted  quads handed to the sink
 * @param perSource     the same counts per logical source, keyed by source name, in mapping order
 */
public record MapResult(long recordsRead, long recordsMapped, long recordsFailed, long quadsEmitted,
                        Map<String, SourceCounts> perSource) {

    /** Counts for one logical source. */
    public record SourceCounts(long recordsRead, long recordsMapped, long recordsFailed, long quadsEmitted) {
    }

    /** {@code mapped N records (M quads), K rejected} */
    public String summary() {
        return "mapped " + recordsMapped + " records (" + quadsEmitted + " quads), " + recordsFailed + " rejected";
    }
}
