package org.opendatasaveslives.odsl.map;

import java.util.List;

import org.apache.jena.sparql.core.Quad;

/**
 * Receives the output of a mapping run one input record at a time, so later stages can accept or reject whole records.
 * Quads in the default graph use {@link Quad#defaultGraphIRI}.
 */
public interface MappedRecordSink {

    /** All quads that every triples map sharing this record's logical source produced from it (possibly none). */
    void record(SourceRecord record, List<Quad> quads);

    /** A record that could not be mapped; in lenient mode its other quads are not emitted either. */
    void error(RecordError error);
}
