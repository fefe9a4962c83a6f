package org.opendatasaveslives.odsl.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * {@code odslfn:lookup(table, keyColumn, valueColumn, value, otherwise)}: the value column of the row of a reference
 * table (a CSV file with a header, relative to the mapping's folder) whose key column equals the value, e.g. a council
 * name to its GSS code. A key the table lacks gives {@code otherwise} when the mapping sets it, else fails the record
 * naming the key and the table, so nothing is dropped silently. Each table is read once per run.
 */
final class LookupFunction implements RmlFunction {
    static final String IRI = OdslFunctions.NS + "lookup";
    static final String TABLE = OdslFunctions.NS + "table";
    static final String KEY_COLUMN = OdslFunctions.NS + "keyColumn";
    static final String VALUE_COLUMN = OdslFunctions.NS + "valueColumn";
    static final String OTHERWISE = OdslFunctions.NS + "otherwise";
    private static final CsvMapper CSV = new CsvMapper();

    private final Path folder;
    private final Map<String, Map<String, String>> tables = new HashMap<>();

    private LookupFunction(Path folder) {
        this.folder = folder;
    }

    /** The function reading tables relative to this folder (the mapping's). */
    static LookupFunction in(Path folder) {
        return new LookupFunction(folder);
    }

    @Override
    public String iri() {
        return IRI;
    }

    @Override
    public List<String> parameters() {
        return List.of(TABLE, KEY_COLUMN, VALUE_COLUMN, OdslFunctions.VALUE, OTHERWISE);
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of(TABLE, KEY_COLUMN, VALUE_COLUMN, OdslFunctions.VALUE);
    }

    @Override
    public List<String> outputs() {
        return List.of(OdslFunctions.RESULT);
    }

    @Override
    public RmlFunction newRun() {
        return new LookupFunction(folder);
    }

    @Override
    public Object apply(Object[] args) throws FunctionException {
        if (args[3] == null) {
            return null;
        }
        String table = Values.str(args[0]);
        String key = Values.str(args[3]).strip();
        String value = table(table, Values.str(args[1]), Values.str(args[2])).get(key);
        if (value != null) {
            return value;
        }
        if (args[4] != null) {
            return args[4];
        }
        throw new FunctionException("\"" + key + "\" is not in column " + args[1] + " of the reference table " + table);
    }

    private Map<String, String> table(String name, String keyColumn, String valueColumn) throws FunctionException {
        String id = name + "\u0000" + keyColumn + "\u0000" + valueColumn;
        Map<String, String> table = tables.get(id);
        if (table == null) {
            table = read(folder.resolve(name), name, keyColumn, valueColumn);
            tables.put(id, table);
        }
        return table;
    }

    private static Map<String, String> read(Path file, String name, String keyColumn, String valueColumn)
            throws FunctionException {
        Map<String, String> table = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            long line = 1;
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                line++;
                if (line == 2 && (!row.containsKey(keyColumn) || !row.containsKey(valueColumn))) {
                    throw new FunctionException("the reference table " + name + " has no column "
                            + (row.containsKey(keyColumn) ? valueColumn : keyColumn) + "; its columns are "
                            + String.join(", ", row.keySet()));
                }
                String key = row.get(keyColumn).strip();
                String value = row.get(valueColumn);
                String before = table.putIfAbsent(key, value);
                if (before != null && !before.equals(value)) {
                    throw new FunctionException("the reference table " + name + " gives the key \"" + key
                            + "\" two values (\"" + before + "\", and \"" + value + "\" at line " + line + ")");
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new FunctionException("cannot read the reference table " + name + " (" + file + "): "
                    + e.getMessage());
        }
        return table;
    }
}
