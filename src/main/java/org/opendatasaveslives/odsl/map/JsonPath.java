package org.opendatasaveslives.odsl.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSONPath (RFC 9535) without filter expressions: name selectors ({@code .name}, {@code ['name']}), wildcards,
 * indexes, slices, unions ({@code [0,'a']}) and descendant segments ({@code ..}). Parsed once; evaluated on Jackson
 * trees. A filter ({@code [?...]}) or function is rejected at parse time.
 */
final class JsonPath {
    final String text;
    final List<Segment> segments;

    private JsonPath(String text, List<Segment> segments) {
        this.text = text;
        this.segments = segments;
    }

    /** A selector applied to one node, adding (path, node) pairs. */
    interface Selector {
        void select(JsonNode node, String path, List<JsonNode> out, List<String> paths);
    }

    record Segment(boolean descendant, List<Selector> selectors) {
    }

    record Name(String name) implements Selector {
        @Override
        public void select(JsonNode node, String path, List<JsonNode> out, List<String> paths) {
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
        public void select(JsonNode node, String path, List<JsonNode> out, List<String> paths) {
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
        public void select(JsonNode node, String path, List<JsonNode> out, List<String> paths) {
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

    record Slice(Long start, Long end, long step) implements Selector {
        @Override
        public void select(JsonNode node, String path, List<JsonNode> out, List<String> paths) {
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
        List<JsonNode> nodes = new ArrayList<>(1);
        nodes.add(root);
        for (Segment seg : segments) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode n : nodes) {
                apply(seg, n, "", next, null);
            }
            nodes = next;
            if (nodes.isEmpty()) {
                break;
            }
        }
        return nodes;
    }

    /** Evaluates on {@code root}, with the normalized path of each result in {@code paths}. */
    List<JsonNode> select(JsonNode root, List<String> paths) {
        List<JsonNode> nodes = new ArrayList<>(1);
        List<String> ps = new ArrayList<>(1);
        nodes.add(root);
        ps.add("$");
        for (Segment seg : segments) {
            List<JsonNode> next = new ArrayList<>();
            List<String> nextPaths = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                apply(seg, nodes.get(i), ps.get(i), next, nextPaths);
            }
            nodes = next;
            ps = nextPaths;
        }
        paths.addAll(ps);
        return nodes;
    }

    private static void apply(Segment seg, JsonNode n, String path, List<JsonNode> out, List<String> paths) {
        for (Selector s : seg.selectors) {
            s.select(n, path, out, paths);
        }
        if (seg.descendant) {
            if (n.isArray()) {
                for (int i = 0; i < n.size(); i++) {
                    apply(seg, n.get(i), path + "[" + i + "]", out, paths);
                }
            } else if (n.isObject()) {
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    apply(seg, e.getValue(), child(path, e.getKey()), out, paths);
                }
            }
        }
    }

    /**
     * For streaming: the member names from the root when the path is {@code $} followed by name selectors and at most
     * one final wildcard; null otherwise.
     */
    List<String> leadingNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.descendant || s.selectors.size() != 1) {
                return null;
            }
            Selector sel = s.selectors.get(0);
            if (sel instanceof Name n) {
                names.add(n.name);
            } else if (!(sel instanceof Wildcard && i == segments.size() - 1)) {
                return null;
            }
        }
        return names;
    }

    /** True when the last segment is a plain wildcard. */
    boolean endsWithWildcard() {
        return !segments.isEmpty() && segments.get(segments.size() - 1).selectors.get(0) instanceof Wildcard;
    }

    // ---------------------------------------------------------------- parser

    static JsonPath parse(String text) {
        return new Parser(text).parse();
    }

    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("invalid JSONPath \"" + s + "\" at position " + (i + 1) + ": " + what);
        }

        JsonPath parse() {
            if (s.isEmpty() || s.charAt(0) != '$') {
                throw error("a JSONPath starts with $");
            }
            i = 1;
            List<Segment> segs = new ArrayList<>();
            while (true) {
                skipBlank();
                if (i >= s.length()) {
                    break;
                }
                char c = s.charAt(i);
                if (c == '.' && i + 1 < s.length() && s.charAt(i + 1) == '.') {
                    i += 2;
                    if (i < s.length() && s.charAt(i) == '[') {
                        segs.add(new Segment(true, bracket()));
                    } else if (i < s.length() && s.charAt(i) == '*') {
                        i++;
                        segs.add(new Segment(true, List.of(new Wildcard())));
                    } else {
                        segs.add(new Segment(true, List.of(new Name(memberName()))));
                    }
                } else if (c == '.') {
                    i++;
                    if (i < s.length() && s.charAt(i) == '*') {
                        i++;
                        segs.add(new Segment(false, List.of(new Wildcard())));
                    } else {
                        segs.add(new Segment(false, List.of(new Name(memberName()))));
                    }
                } else if (c == '[') {
                    segs.add(new Segment(false, bracket()));
                } else {
                    throw error("unexpected '" + c + "'");
                }
            }
            return new JsonPath(s, List.copyOf(segs));
        }

        private void skipBlank() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n'
                    || s.charAt(i) == '\r')) {
                i++;
            }
        }

        private String memberName() {
            int start = i;
            while (i < s.length()) {
                char c = s.charAt(i);
                boolean first = Character.isLetter(c) || c == '_' || c >= 0x80;
                if (first || (i > start && c >= '0' && c <= '9')) {
                    i++;
                } else {
                    break;
                }
            }
            if (i == start) {
                throw error("expected a member name");
            }
            return s.substring(start, i);
        }

        private List<Selector> bracket() {
            i++; // [
            List<Selector> out = new ArrayList<>();
            while (true) {
                skipBlank();
                if (i >= s.length()) {
                    throw error("unclosed [");
                }
                char c = s.charAt(i);
                if (c == '\'' || c == '"') {
                    out.add(new Name(quoted(c)));
                } else if (c == '*') {
                    i++;
                    out.add(new Wildcard());
                } else if (c == '?') {
                    throw error("filter expressions are not supported");
                } else if (c == '-' || c == ':' || (c >= '0' && c <= '9')) {
                    out.add(indexOrSlice());
                } else {
                    throw error("unexpected '" + c + "' in brackets");
                }
                skipBlank();
                if (i >= s.length()) {
                    throw error("unclosed [");
                }
                c = s.charAt(i);
                if (c == ',') {
                    i++;
                } else if (c == ']') {
                    i++;
                    return out;
                } else {
                    throw error("expected , or ]");
                }
            }
        }

        private Selector indexOrSlice() {
            Long a = optInt();
            skipBlank();
            if (i < s.length() && s.charAt(i) == ':') {
                i++;
                skipBlank();
                Long b = optInt();
                skipBlank();
                long step = 1;
                if (i < s.length() && s.charAt(i) == ':') {
                    i++;
                    skipBlank();
                    Long st = optInt();
                    step = st == null ? 1 : st;
                }
                return new Slice(a, b, step);
            }
            if (a == null) {
                throw error("expected an index");
            }
            return new Index(a);
        }

        private Long optInt() {
            int start = i;
            if (i < s.length() && s.charAt(i) == '-') {
                i++;
            }
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == start) {
                return null;
            }
            try {
                return Long.parseLong(s.substring(start, i));
            } catch (NumberFormatException e) {
                throw error("bad integer");
            }
        }

        private String quoted(char q) {
            i++;
            StringBuilder sb = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == q) {
                    return sb.toString();
                }
                if (c == '\\') {
                    if (i >= s.length()) {
                        break;
                    }
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case '/', '\\', '\'', '"' -> sb.append(e);
                        case 'u' -> {
                            if (i + 4 > s.length()) {
                                throw error("bad \\u escape");
                            }
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> throw error("bad escape \\" + e);
                    }
                } else {
                    sb.append(c);
                }
            }
            throw error("unclosed string");
        }
    }
}
