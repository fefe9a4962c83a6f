package org.opendatasaveslives.odsl.map;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Set;

/**
 * A logical source as the mapping describes it.
 *
 * @param pathAsWritten the path as the mapping writes it (e.g. {@code street.csv})
 * @param file          that path resolved against its root
 * @param formulation   {@code CSV} or {@code JSONPath}
 * @param iterator      the JSONPath iterator, or null
 * @param iriName       the local name of the logical source's IRI, or null for a blank node
 * @param encoding      the character encoding ({@code rml:encoding}; UTF-8 unless given)
 * @param compression   {@code rml:compression} as a {@link SourceInput} constant, or null
 * @param nulls         the values that stand for null ({@code rml:null}), or null for the default: JSON's
 *                      {@code null} only; for CSV nothing (RML-IO: CSV has no null token, an empty cell is "")
 * @param csv           how to read a CSV source (CSVW dialect and declared columns)
 */
record LogicalSourceDef(String pathAsWritten, Path file, String formulation, String iterator, String iriName,
        Charset encoding, String compression, Set<String> nulls, CsvDialect csv) {
    /** Logical sources with the same key are the same source: read once. */
    String key() {
        return formulation + "|" + file.toAbsolutePath().normalize() + "|" + (iterator == null ? "" : iterator) + "|"
                + encoding + "|" + compression + "|" + nulls + "|" + csv;
    }
}
