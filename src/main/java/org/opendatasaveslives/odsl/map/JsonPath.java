package org.opendatasaveslives.odsl.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSONPath queries (RFC 9535): name selectors ({@code .name}, {@code ['name']}), wildcards, indexes, slices, filters
 * ({@code [?@.type == 'Patient']}) with the functions length(), count(), match(), search() and value(), unions of
 * selectors and descendant segments ({@code ..}). Parsed once by {@link JsonPathParser}; evaluated on Jackson trees.
 * Filter expressions are in {@link JsonPathFilter}.
 */
final class JsonPath {
    final String text;
    final List<Segment> segments;
    /** True for a query relative to the current node of a filter ({@code @...}). */
    final boolean relative;

    JsonPath(String text, List<Segment> segments, boolean relative) {
        this.text = text;
        this.segments = segments;
        this.relative = relative;
    }

    /** A selector applied to one node, adding (path, node) pairs; {@code root} is the query argument. */
    interface Selector {
        void select(JsonNode node, JsonNode root, String path, List<JsonNode> out, List<String> paths);
    }

    record Segment(boolean descendant, List<Selector> selectors) {
    }

    record Name(String name) implements Selector {
        @Override
        public void select(JsonNode node, JsonNode root, String path, List<JsonNode> out, List<String> paths) {
            if (node.isObject()) {
                JsonNode v = node.get(name);
                if (v != null) {
                    out.add(v);
                    if (paths != null) {
                        paths.add(child(path, name));
                    }
                }
            }
        }
    }

    record Wildcard() implements Selector {
        @Override
        public void select(JsonNode node, JsonNode root, String path, List<JsonNode> out, List<String> paths) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    out.add(node.get(i));
                    if (paths != null) {
                        paths.add(path + "[" + i + "]");
                    }
                }
            } else if (node.isObject()) {
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    out.add(e.getValue());
                    if (paths != null) {
                        paths.add(child(path, e.getKey()));
                    }
                }
            }
        }
    }

    record Index(long index) implements Selector {
        @Override
        public void select(JsonNode node, JsonNode root, String path, List<JsonNode> out, List<String> paths) {
            if (node.isArray()) {
                long i = index < 0 ? node.size() + index : index;
                if (i >= 0 && i < node.size()) {
                    out.add(node.get((int) i));
                    if (paths != null) {
                        paths.add(path + "[" + i + "]");
                    }
                }
            }
        }
    }

    /** A filter selector: the children (array elements, member values) for which the expression is true. */
    record Filter(JsonPathFilter.Logical expression, boolean usesRoot) implements Selector {
        @Override
        public void select(JsonNode node, JsonNode root, String path, List<JsonNode> out, List<String> paths) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    if (expression.test(node.get(i), root)) {
                        out.add(node.get(i));
                        if (paths != null) {
                            paths.add(path + "[" + i + "]");
                        }
                    }
                }
            } else if (node.isObject()) {
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    if (expression.test(e.getValue(), root)) {
                        out.add(e.getValue());
                        if (paths != null) {
                            paths.add(child(path, e.getKey()));
                        }
                    }
                }
            }
        }
    }

    record Slice(Long start, Long end, long step) implements Selector {
        @Override
        public void select(JsonNode node, JsonNode root, String path, List<JsonNode> out, List<String> paths) {
            if (!node.isArray() || step == 0) {
                return;
            }
            long len = node.size();
            long lower, upper;
            if (step > 0) {
                long s = start == null ? 0 : norm(start, len);
                long e = end == null ? len : norm(end, len);
                lower = Math.min(Math.max(s, 0), len);
                upper = Math.min(Math.max(e, 0), len);
                for (long i = lower; i < upper; i += step) {
                    add(node, path, i, out, paths);
                }
            } else {
                long s = start == null ? len - 1 : norm(start, len);
                long e = end == null ? -len - 1 : norm(end, len);
                upper = Math.min(Math.max(s, -1), len - 1);
                lower = Math.min(Math.max(e, -1), len - 1);
                for (long i = upper; lower < i; i += step) {
                    add(node, path, i, out, paths);
                }
            }
        }

        private static long norm(long i, long len) {
            return i >= 0 ? i : len + i;
        }

        private static void add(JsonNode node, String path, long i, List<JsonNode> out, List<String> paths) {
            out.add(node.get((int) i));
            if (paths != null) {
                paths.add(path + "[" + i + "]");
            }
        }
    }

    /** The path of a member: {@code $.name}, or {@code $['odd name']} when the name is not an identifier. */
    static String child(String path, String name) {
        boolean simple = !name.isEmpty() && (Character.isLetter(name.charAt(0)) || name.charAt(0) == '_');
        for (int k = 0; simple && k < name.length(); k++) {
            char c = name.charAt(k);
            simple = Character.isLetterOrDigit(c) || c == '_';
        }
        return simple ? path + "." + name : path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** Evaluates on {@code root}: the resulting nodelist. */
    List<JsonNode> select(JsonNode root) {
        return select(root, root);
    }

    /** Evaluates from {@code start} ({@code root} for an absolute query, {@code @} for a relative one). */
    List<JsonNode> select(JsonNode start, JsonNode root) {
        List<JsonNode> nodes = new ArrayList<>(1);
        nodes.add(start);
        for (Segment seg : segments) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode n : nodes) {
                apply(seg, n, root, "", next, null);
            }
            nodes = next;
            if (nodes.isEmpty()) {
                break;
            }
        }
        return nodes;
    }

    /** True when the query selects at most one node: only name and index selectors, no descendant segment. */
    boolean singular() {
        for (Segment s : segments) {
            if (s.descendant || s.selectors.size() != 1
                    || !(s.selectors.get(0) instanceof Name || s.selectors.get(0) instanceof Index)) {
                return false;
            }
        }
        return true;
    }

    /** For a singular query: the node it selects from {@code start}, or null. */
    JsonNode selectOne(JsonNode start) {
        JsonNode n = start;
        for (Segment s : segments) {
            Selector sel = s.selectors.get(0);
            if (sel instanceof Name name) {
                n = n.isObject() ? n.get(name.name) : null;
            } else {
                long i = ((Index) sel).index;
                if (!n.isArray()) {
                    return null;
                }
                i = i < 0 ? n.size() + i : i;
                n = i >= 0 && i < n.size() ? n.get((int) i) : null;
            }
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    /** Evaluates on {@code root}, with the path of each result in {@code paths}. */
    List<JsonNode> select(JsonNode root, List<String> paths) {
        List<JsonNode> nodes = new ArrayList<>(1);
        List<String> ps = new ArrayList<>(1);
        nodes.add(root);
        ps.add("$");
        for (Segment seg : segments) {
            List<JsonNode> next = new ArrayList<>();
            List<String> nextPaths = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                apply(seg, nodes.get(i), root, ps.get(i), next, nextPaths);
            }
            nodes = next;
            ps = nextPaths;
        }
        paths.addAll(ps);
        return nodes;
    }

    private static void apply(Segment seg, JsonNode n, JsonNode root, String path, List<JsonNode> out,
                              List<String> paths) {
        for (Selector s : seg.selectors) {
            s.select(n, root, path, out, paths);
        }
        if (seg.descendant) {
            if (n.isArray()) {
                for (int i = 0; i < n.size(); i++) {
                    apply(seg, n.get(i), root, paths == null ? path : path + "[" + i + "]", out, paths);
                }
            } else if (n.isObject()) {
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    apply(seg, e.getValue(), root, paths == null ? path : child(path, e.getKey()), out, paths);
                }
            }
        }
    }

    /**
     * For streaming: the member names from the root when the path is {@code $} followed by name selectors and at most
     * one final wildcard or filter that does not refer to {@code $}; null otherwise.
     */
    List<String> leadingNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.descendant || s.selectors.size() != 1) {
                return null;
            }
            Selector sel = s.selectors.get(0);
            boolean last = i == segments.size() - 1;
            if (sel instanceof Name n) {
                names.add(n.name);
            } else if (!(last && (sel instanceof Wildcard || sel instanceof Filter f && !f.usesRoot))) {
                return null;
            }
        }
        return names;
    }

    /** True when the last segment is a plain wildcard or a filter (it selects the children of a value). */
    boolean endsWithWildcard() {
        if (segments.isEmpty()) {
            return false;
        }
        Selector last = segments.get(segments.size() - 1).selectors.get(0);
        return last instanceof Wildcard || last instanceof Filter;
    }

    /** The filter of the last segment when it is a single filter selector, else null. */
    JsonPathFilter.Logical finalFilter() {
        if (segments.isEmpty()) {
            return null;
        }
        Segment s = segments.get(segments.size() - 1);
        return !s.descendant && s.selectors.size() == 1 && s.selectors.get(0) instanceof Filter f ? f.expression
                : null;
    }

    // ---------------------------------------------------------------- parser

    /** Parses an RFC 9535 query; IllegalArgumentException naming the path and the position of the fault. */
    static JsonPath parse(String text) {
        return JsonPathParser.parse(text);
    }
}
