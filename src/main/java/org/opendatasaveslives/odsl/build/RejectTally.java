package org.opendatasaveslives.odsl.build;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the lines of a release's rejects report by stage and, for SHACL violations, by shape and path: the figures
 * the build records as quality measurements ({@link QualityMeasurements}).
 */
final class RejectTally {
    static final String VALIDATE = "validate";

    /** A shape and the path at fault ("" for a node constraint); a blank property shape is known by its path alone. */
    record ShapeKey(String shape, String path) implements Comparable<ShapeKey> {
        @Override
        public int compareTo(ShapeKey other) {
            int byShape = shape.compareTo(other.shape);
            return byShape != 0 ? byShape : path.compareTo(other.path);
        }
    }

    private final Map<String, Long> byStage = new TreeMap<>();
    private final Map<ShapeKey, Long> byShape = new TreeMap<>();

    void add(String stage, String shape, String path) {
        byStage.merge(stage, 1L, Long::sum);
        if (VALIDATE.equals(stage)) {
            byShape.merge(new ShapeKey(shape, path), 1L, Long::sum);
        }
    }

    Map<String, Long> byStage() {
        return Map.copyOf(byStage);
    }

    Map<ShapeKey, Long> byShape() {
        return new TreeMap<>(byShape);
    }
}
