package org.opendatasaveslives.odsl.map;

import java.nio.file.Path;

/**
 * A logical source as the mapping describes it.
 *
 * @param pathAsWritten the path as the mapping writes it (e.g. {@code street.csv})
 * @param file          that path resolved against its root
 * @param formulation   {@code CSV} or {@code JSONPath}
 * @param iterator      the JSONPath iterator, or null
 * @param iriName       the local name of the logical source's IRI, or null for a blank node
 */
record LogicalSourceDef(String pathAsWritten, Path file, String formulation, String iterator, String iriName) {
    /** Logical sources with the same key are the same source: read once. */
    String key() {
        return formulation + "|" + file.toAbsolutePath().normalize() + "|" + (iterator == null ? "" : iterator);
    }
}
