package org.opendatasaveslives.odsl.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A compiled mapping: sources with their triples maps, everything precompiled for the record loop. */
final class Plan {
    final Path mappingFile;
    final List<SourcePlan> sources = new ArrayList<>();
    final List<TriplesMapPlan> triplesMaps = new ArrayList<>();
    final List<JoinIndexSpec> joinIndexes = new ArrayList<>();
    /** Function IRI per call site. */
    final List<String> functionSites = new ArrayList<>();

    Plan(Path mappingFile) {
        this.mappingFile = mappingFile;
    }
}
