package org.opendatasaveslives.odsl.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.opendatasaveslives.odsl.map.MappedRecordSink;
import org.opendatasaveslives.odsl.map.RecordError;
import org.opendatasaveslives.odsl.map.SourceRecord;
import org.opendatasaveslives.odsl.validate.BatchValidator;
import org.opendatasaveslives.odsl.validate.Violation;

/**
 * Sits between the mapper and the store: collects mapped records into batches, validates each batch in memory, passes
 * the quads of valid records on and quarantines whole records that fail, so that every record read ends up either in
 * the graph or in the rejects report. A violation on a node shared by several records (an LSOA named by many crimes)
 * rejects every record in the batch that described that node.
 */
final class ValidatingLoader implements MappedRecordSink {
    private final BatchValidator validator;
    private final Consumer<List<Quad>> accepted;
    private final RejectsReport rejects;
    private final int batchRecords;
    private final int batchQuads;

    private final List<SourceRecord> records = new ArrayList<>();
    private final List<List<Quad>> recordQuads = new ArrayList<>();
    private long loaded;
    private long rejected;
    private long quadsLoaded;
    private int quadsBuffered;

    /**
     * {@code accepted} receives the quads of each batch's valid records, once per batch that has any. A batch closes
     * at {@code batchRecords} records or {@code batchQuads} quads, whichever comes first.
     */
    ValidatingLoader(BatchValidator validator, Consumer<List<Quad>> accepted, RejectsReport rejects, int batchRecords,
                     int batchQuads) {
        this.validator = validator;
        this.accepted = accepted;
        this.rejects = rejects;
        this.batchRecords = batchRecords;
        this.batchQuads = batchQuads;
    }

    @Override
    public void record(SourceRecord record, List<Quad> quads) {
        if (quads.isEmpty()) {
            rejects.emptyRecord(record);
            rejected++;
            return;
        }
        records.add(record);
        recordQuads.add(List.copyOf(quads));
        quadsBuffered += quads.size();
        if (records.size() >= batchRecords || quadsBuffered >= batchQuads) {
            flush();
        }
    }

    @Override
    public void error(RecordError error) {
        rejects.mappingError(error);
        rejected++;
    }

    /** Validates and passes on what is buffered; call once more after the mapper finishes. */
    void flush() {
        if (records.isEmpty()) {
            return;
        }
        Graph batch = GraphFactory.createDefaultGraph();
        Map<Node, List<Integer>> recordsBySubject = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            for (Quad quad : recordQuads.get(i)) {
                batch.add(quad.asTriple());
                recordsBySubject.computeIfAbsent(quad.getSubject(), k -> new ArrayList<>(1)).add(i);
            }
        }
        Set<Integer> failed = new HashSet<>();
        for (Violation violation : validator.validate(batch)) {
            if (!violation.isViolation()) {
                continue;
            }
            for (int i : recordsDescribing(violation.focusNode(), recordsBySubject)) {
                rejects.violation(records.get(i), violation);
                failed.add(i);
            }
        }
        List<Quad> valid = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (!failed.contains(i)) {
                valid.addAll(recordQuads.get(i));
            }
        }
        quadsLoaded += valid.size();
        if (!valid.isEmpty()) {
            accepted.accept(valid);
        }
        loaded += records.size() - failed.size();
        rejected += failed.size();
        records.clear();
        recordQuads.clear();
        quadsBuffered = 0;
    }

    private Set<Integer> recordsDescribing(Node focus, Map<Node, List<Integer>> recordsBySubject) {
        List<Integer> direct = recordsBySubject.get(focus);
        if (direct != null) {
            return new HashSet<>(direct);
        }
        Set<Integer> mentioning = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            for (Quad quad : recordQuads.get(i)) {
                if (focus.equals(quad.getObject())) {
                    mentioning.add(i);
                }
            }
        }
        return mentioning;
    }

    long loaded() {
        return loaded;
    }

    long rejected() {
        return rejected;
    }

    long quadsLoaded() {
        return quadsLoaded;
    }
}
