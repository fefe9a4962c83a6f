package org.opendatasaveslives.odsl.build;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * Reads a headerless NHS ODS extract (etr.csv, ect.csv, epraccur.csv) directly, independently of the mapping engine:
 * every line is a row of fields, column 1 at index 0.
 */
final class OdsCsv {
    /** 0-based indexes of the ODS columns the tests look at. */
    static final int CODE = 0;
    static final int NAME = 1;
    static final int POSTCODE = 9;
    static final int OPEN_DATE = 10;
    static final int CLOSE_DATE = 11;
    static final int STATUS = 12;
    static final int COMMISSIONER = 14;
    static final int PRESCRIBING_SETTING = 25;
    static final int HEALTH_GEOGRAPHY = 3;

    private OdsCsv() {
    }

    static List<String[]> rows(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (Reader reader = new StringReader(text);
                MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(reader)) {
            return it.readAll().stream().filter(r -> !(r.length == 1 && r[0].isEmpty())).toList();
        }
    }

    /** yyyymmdd → yyyy-mm-dd. */
    static String isoDate(String yyyymmdd) {
        return yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-" + yyyymmdd.substring(6, 8);
    }
}
