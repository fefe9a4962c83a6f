package org.opendatasaveslives.odsl.generate;

/** One published geography lookup layout: where it goes, its exact header and byte format, and its rows. */
interface GeographyLayout {

    String relativePath();

    String[] header();

    CsvLineWriter.LineEnding lineEnding();

    boolean byteOrderMark();

    void writeRows(CsvLineWriter out, SyntheticGeography geography);

    /** Row number as the ONS files number rows: from 1, in file order. */
    static String fid(CsvLineWriter out) {
        return Long.toString(out.dataRows() + 1);
    }
}
