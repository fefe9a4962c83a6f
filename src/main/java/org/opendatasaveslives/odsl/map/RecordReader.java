package org.opendatasaveslives.odsl.map;

import java.io.Closeable;
import java.io.IOException;

/** Streams the records of one logical source. */
interface RecordReader extends Closeable {
    /** Moves to the next record; false at the end. */
    boolean next() throws IOException, MappingException;

    /** The current record. */
    Row row();

    /** Why the current record is malformed (e.g. a truncated CSV row), or null when it is fine. */
    String malformed();
}
