package org.opendatasaveslives.odsl.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON logical sources ({@code rml:JSONPath}). An iterator of the form {@code $.a.b[*]} or {@code $.a.b[?filter]}
 * (names, then at most one wildcard or filter that does not refer to {@code $}) is streamed: one element in memory at a
 * time, the filter tested on each. Any other iterator reads the document as a tree first.
 * References are JSONPath expressions on the current element; several results make several terms.
 */
final class JsonRecordReader implements RecordReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String label;
    private final JsonPath[] refs;
    /** The values that stand for null (rml:null, compared with a value's text), or null: only JSON null is. */
    private final Set<String> nulls;
    private final JsonRow row = new JsonRow();
    private long number;

    // streaming
    private final JsonParser parser;
    private boolean arrayMode;
    private boolean objectMode;
    private boolean singlePending;
    private JsonNode single;
    private long index;
    private String pathPrefix = "$";
    /** The streamed iterator's final filter, or null. */
    private JsonPathFilter.Logical filter;

    // tree mode
    private final List<JsonNode> nodes;
    private final List<String> paths;

    private JsonRecordReader(String label, JsonPath[] refs, Set<String> nulls, JsonParser parser, List<JsonNode> nodes,
                             List<String> paths) {
        this.label = label;
        this.refs = refs;
        this.nulls = nulls;
        this.parser = parser;
        this.nodes = nodes;
        this.paths = paths;
        row.cache = new Object[refs.length];
        row.done = new boolean[refs.length];
    }

    /** Compiles the iterator and the references of a JSON source; throws IllegalArgumentException on bad syntax. */
    static JsonPath[] compileReferences(SourcePlan source) {
        JsonPath[] refs = new JsonPath[source.references.size()];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = JsonPath.parse(source.references.get(i));
        }
        return refs;
    }

    static RecordReader open(Path file, String label, SourcePlan source) throws IOException, MappingException {
        JsonPath iterator;
        JsonPath[] refs;
        try {
            iterator = JsonPath.parse(source.def.iterator());
            refs = compileReferences(source);
        } catch (IllegalArgumentException e) {
            throw new MappingException(label + ": " + e.getMessage());
        }
        InputStream in = SourceInput.open(file, source.def.compression());
        // Jackson reads UTF-8 bytes itself (and rejects malformed ones); other encodings are decoded first.
        JsonParser p = source.def.encoding().equals(StandardCharsets.UTF_8) ? MAPPER.getFactory().createParser(in)
                : MAPPER.getFactory().createParser(new InputStreamReader(in, source.def.encoding()));
        try {
            List<String> names = iterator.leadingNames();
            if (names == null) {
                JsonNode root = MAPPER.readTree(p);
                p.close();
                List<String> paths = new ArrayList<>();
                List<JsonNode> nodes = root == null ? List.of() : iterator.select(root, paths);
                return new JsonRecordReader(label, refs, source.def.nulls(), null, nodes, paths);
            }
            JsonRecordReader r = new JsonRecordReader(label, refs, source.def.nulls(), p, null, null);
            r.filter = iterator.finalFilter();
            r.navigate(names, iterator.endsWithWildcard());
            return r;
        } catch (IOException | RuntimeException e) {
            p.close();
            throw e;
        }
    }

    /** Moves the parser to the value the leading names select, ready to stream its elements. */
    private void navigate(List<String> names, boolean wildcard) throws IOException {
        JsonToken t = parser.nextToken();
        String path = "$";
        for (String name : names) {
            if (t != JsonToken.START_OBJECT) {
                return; // nothing selected: no records
            }
            boolean found = false;
            while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                t = parser.nextToken();
                if (field.equals(name)) {
                    found = true;
                    break;
                }
                parser.skipChildren();
            }
            if (!found) {
                return;
            }
            path = JsonPath.child(path, name);
        }
        pathPrefix = path;
        if (!wildcard) {
            singlePending = t != null;
            single = t == null ? null : MAPPER.readTree(parser);
        } else if (t == JsonToken.START_ARRAY) {
            arrayMode = true;
        } else if (t == JsonToken.START_OBJECT) {
            objectMode = true;
        }
    }

    @Override
    public boolean next() throws IOException {
        JsonNode node;
        String position;
        if (nodes != null) {
            if (index >= nodes.size()) {
                return false;
            }
            node = nodes.get((int) index);
            position = paths.get((int) index);
            index++;
        } else if (singlePending) {
            singlePending = false;
            node = single;
            single = null;
            position = pathPrefix;
        } else if (arrayMode) {
            while (true) {
                JsonToken t = parser.nextToken();
                if (t == null || t == JsonToken.END_ARRAY) {
                    arrayMode = false;
                    return false;
                }
                node = MAPPER.readTree(parser);
                long at = index++;
                if (filter == null || filter.test(node, node)) {
                    position = pathPrefix + "[" + at + "]";
                    break;
                }
            }
        } else if (objectMode) {
            while (true) {
                JsonToken t = parser.nextToken();
                if (t != JsonToken.FIELD_NAME) {
                    objectMode = false;
                    return false;
                }
                String name = parser.currentName();
                parser.nextToken();
                node = MAPPER.readTree(parser);
                if (filter == null || filter.test(node, node)) {
                    position = JsonPath.child(pathPrefix, name);
                    break;
                }
            }
        } else {
            return false;
        }
        number++;
        row.node = node;
        row.record = new SourceRecord(label, number, position);
        Arrays.fill(row.done, false);
        return true;
    }

    @Override
    public Row row() {
        return row;
    }

    @Override
    public String malformed() {
        return null;
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }

    private Object value(JsonNode n, String ref) throws RecordFailure {
        Object v = scalar(n, ref);
        return v != null && nulls != null && nulls.contains(n.asText()) ? null : v;
    }

    /** A JSON value as a record value: text, number, boolean; null for JSON null. */
    private static Object scalar(JsonNode n, String ref) throws RecordFailure {
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isIntegralNumber()) {
            return n.canConvertToLong() ? (Object) n.longValue() : n.bigIntegerValue();
        }
        if (n.isBigDecimal()) {
            return n.decimalValue();
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNull() || n.isMissingNode()) {
            return null;
        }
        throw new RecordFailure(ref, "refers to a JSON " + (n.isArray() ? "array" : "object")
                + ", not a value (select its members, e.g. with [*])");
    }

    private final class JsonRow implements Row {
        JsonNode node;
        SourceRecord record;
        Object[] cache;
        boolean[] done;

        @Override
        public Object get(int slot) throws RecordFailure {
            if (done[slot]) {
                return cache[slot];
            }
            List<JsonNode> found = refs[slot].select(node);
            Object v;
            if (found.isEmpty()) {
                v = null;
            } else if (found.size() == 1) {
                v = value(found.get(0), refs[slot].text);
            } else {
                List<Object> values = new ArrayList<>(found.size());
                for (JsonNode n : found) {
                    Object s = value(n, refs[slot].text);
                    if (s != null) {
                        values.add(s);
                    }
                }
                v = values.isEmpty() ? null : values.size() == 1 ? values.get(0) : values;
            }
            cache[slot] = v;
            done[slot] = true;
            return v;
        }

        @Override
        public SourceRecord record() {
            return record;
        }

        @Override
        public JsonNode json() {
            return node;
        }
    }
}
