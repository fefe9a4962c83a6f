package org.opendatasaveslives.odsl.generate;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * One published geography lookup layout: where it goes, its exact header and byte format, and how its rows are written.
 *
 * @param relativePath  the file's path under the output folder
 * @param header        the column names, exactly as ONS publishes them
 * @param lineEnding    the line ending of the published file
 * @param byteOrderMark whether the published file starts with a UTF-8 byte-order mark
 * @param rows          writes the data rows for the synthetic geography
 */
record GeographyLayout(String relativePath, List<String> header, CsvLineWriter.LineEnding lineEnding,
                       boolean byteOrderMark, BiConsumer<CsvLineWriter, SyntheticGeography> rows) {

    /** Row number as the ONS files number rows: from 1, in file order. */
    static String fid(CsvLineWriter out) {
        return Long.toString(out.dataRows() + 1);
    }
}
