package org.opendatasaveslives.odsl.map;

/**
 * Where one input record came from: the source file as the mapping or the user named it, and its position in it.
 *
 * @param source   the file name or path of the logical source
 * @param number   1-based record number within the source (data rows for CSV, iterations for JSON)
 * @param position human-readable position: {@code line 12} for CSV (physical line, header counted), a JSONPath for JSON
 */
public record SourceRecord(String source, long number, String position) {
    @Override
    public String toString() {
        return source + ", " + position;
    }
}
