package org.opendatasaveslives.odsl.map;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/** Ready-made sinks. */
public final class MappedRecordSinks {
    private MappedRecordSinks() {
    }

    /**
     * Writes every mapped record's quads to a Jena {@link StreamRDF} (default-graph quads as triples) and hands record
     * errors to {@code onError}. The caller starts and finishes the stream.
     */
    public static MappedRecordSink toStream(StreamRDF out, Consumer<RecordError> onError) {
        Objects.requireNonNull(out);
        Objects.requireNonNull(onError);
        return new MappedRecordSink() {
            @Override
            public void record(SourceRecord record, List<Quad> quads) {
                for (Quad q : quads) {
                    if (q.isDefaultGraph()) {
                        out.triple(q.asTriple());
                    } else {
                        out.quad(q);
                    }
                }
            }

            @Override
            public void error(RecordError error) {
                onError.accept(error);
            }
        };
    }
}
