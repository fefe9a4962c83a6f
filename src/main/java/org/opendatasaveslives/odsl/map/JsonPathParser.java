package org.opendatasaveslives.odsl.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.opendatasaveslives.odsl.map.JsonPath.Segment;
import org.opendatasaveslives.odsl.map.JsonPath.Selector;
import org.opendatasaveslives.odsl.map.JsonPathFilter.Logical;
import org.opendatasaveslives.odsl.map.JsonPathFilter.Value;

/**
 * The RFC 9535 grammar (section 2 and its appendix A), including filter expressions and the well-typedness rules of
 * function extensions (section 2.4.3). Errors are IllegalArgumentExceptions naming the query and the 1-based position
 * of the fault.
 */
final class JsonPathParser {
    /** I-JSON's exact integer range: indexes and slice bounds must be within it. */
    private static final long MAX_INT = (1L << 53) - 1;

    private final String s;
    private int i;
    /** Incremented for every {@code $} query inside a filter. */
    private int rootQueries;

    private JsonPathParser(String s) {
        this.s = s;
    }

    static JsonPath parse(String text) {
        return new JsonPathParser(text).query();
    }

    private IllegalArgumentException error(int at, String what) {
        return new IllegalArgumentException("invalid JSONPath \"" + s + "\" at position " + (at + 1) + ": " + what);
    }

    private IllegalArgumentException error(String what) {
        return error(i, what);
    }

    private char peek() {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private boolean at(String token) {
        return s.startsWith(token, i);
    }

    private JsonPath query() {
        if (s.isEmpty() || s.charAt(0) != '$') {
            throw error(0, "a JSONPath starts with $");
        }
        i = 1;
        List<Segment> segs = segments();
        if (i < s.length()) {
            throw error(isBlank(s.charAt(i)) ? "blank space at the end" : "unexpected '" + s.charAt(i) + "'");
        }
        return new JsonPath(s, segs, false);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private void skipBlank() {
        while (i < s.length() && isBlank(s.charAt(i))) {
            i++;
        }
    }

    /** Segments, each possibly preceded by blank space; stops (before any blank) at anything else. */
    private List<Segment> segments() {
        List<Segment> segs = new ArrayList<>();
        while (true) {
            int save = i;
            skipBlank();
            char c = peek();
            if (c == '.' && at("..")) {
                i += 2;
                if (peek() == '[') {
                    segs.add(new Segment(true, bracket()));
                } else if (peek() == '*') {
                    i++;
                    segs.add(new Segment(true, List.of(new JsonPath.Wildcard())));
                } else {
                    segs.add(new Segment(true, List.of(new JsonPath.Name(memberName("..")))));
                }
            } else if (c == '.') {
                i++;
                if (peek() == '*') {
                    i++;
                    segs.add(new Segment(false, List.of(new JsonPath.Wildcard())));
                } else {
                    segs.add(new Segment(false, List.of(new JsonPath.Name(memberName(".")))));
                }
            } else if (c == '[') {
                segs.add(new Segment(false, bracket()));
            } else {
                i = save;
                return List.copyOf(segs);
            }
        }
    }

    private static boolean nameFirst(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private String memberName(String after) {
        int start = i;
        if (i < s.length() && nameFirst(s.charAt(i))) {
            i++;
            while (i < s.length() && (nameFirst(s.charAt(i)) || (s.charAt(i) >= '0' && s.charAt(i) <= '9'))) {
                i++;
            }
        }
        if (i == start) {
            throw error("expected a member name, * or [ after " + after);
        }
        return s.substring(start, i);
    }

    private List<Selector> bracket() {
        i++; // [
        List<Selector> out = new ArrayList<>();
        while (true) {
            skipBlank();
            char c = peek();
            if (i >= s.length()) {
                throw error("unclosed [");
            } else if (c == '\'' || c == '"') {
                out.add(new JsonPath.Name(string()));
            } else if (c == '*') {
                i++;
                out.add(new JsonPath.Wildcard());
            } else if (c == '?') {
                i++;
                skipBlank();
                int before = rootQueries;
                Logical e = logicalOr();
                out.add(new JsonPath.Filter(e, rootQueries != before));
            } else if (c == '-' || c == ':' || (c >= '0' && c <= '9')) {
                out.add(indexOrSlice());
            } else {
                throw error(c == ']' ? "empty brackets: expected a selector" : "unexpected '" + c + "' in brackets");
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
                return List.copyOf(out);
            } else {
                throw error("expected , or ] but found '" + c + "'");
            }
        }
    }

    private Selector indexOrSlice() {
        Long a = optInt();
        skipBlank();
        if (peek() == ':') {
            i++;
            skipBlank();
            Long b = optInt();
            skipBlank();
            long step = 1;
            if (peek() == ':') {
                i++;
                skipBlank();
                Long st = optInt();
                step = st == null ? 1 : st;
            }
            return new JsonPath.Slice(a, b, step);
        }
        if (a == null) {
            throw error("expected an index");
        }
        return new JsonPath.Index(a);
    }

    private void skipDigits() {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
    }

    /** An integer as RFC 9535 writes it (no leading zero, no -0, within ±(2^53-1)), or null when none starts here. */
    private Long optInt() {
        int start = i;
        if (peek() == '-') {
            i++;
        }
        int digits = i;
        skipDigits();
        if (i == digits) {
            if (i > start) {
                throw error("expected a digit after -");
            }
            return null;
        }
        if (s.charAt(digits) == '0' && (i - digits > 1 || digits > start)) {
            throw error(start, i - digits > 1 ? "an integer cannot start with 0" : "-0 is not an integer");
        }
        if (i - digits > 16) {
            throw error(start, "integer out of range (at most 2^53-1)");
        }
        long v = Long.parseLong(s.substring(start, i));
        if (v > MAX_INT || v < -MAX_INT) {
            throw error(start, "integer out of range (at most 2^53-1)");
        }
        return v;
    }

    /** A single- or double-quoted string literal with the escapes of RFC 9535 section 2.3.1.1. */
    private String string() {
        char q = s.charAt(i);
        int start = i;
        i++;
        StringBuilder sb = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == q) {
                i++;
                return sb.toString();
            }
            if (c == '\\') {
                i++;
                char e = peek();
                switch (e) {
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case '/', '\\' -> sb.append(e);
                    case 'u' -> {
                        i++;
                        char u = hex4();
                        if (Character.isHighSurrogate(u)) {
                            if (!at("\\u")) {
                                throw error("a high surrogate \\u escape must be followed by a low surrogate one");
                            }
                            i += 2;
                            char low = hex4();
                            if (!Character.isLowSurrogate(low)) {
                                throw error(i - 6, "expected a low surrogate \\u escape");
                            }
                            sb.append(u).append(low);
                        } else if (Character.isLowSurrogate(u)) {
                            throw error(i - 6, "a low surrogate \\u escape without a high one");
                        } else {
                            sb.append(u);
                        }
                        continue;
                    }
                    default -> {
                        if (e == q) {
                            sb.append(e);
                        } else {
                            throw error(i - 1, i >= s.length() ? "unclosed string" : "bad escape \\" + e);
                        }
                    }
                }
                i++;
            } else if (c < 0x20) {
                throw error(String.format("control character U+%04X must be escaped in a string", (int) c));
            } else {
                sb.append(c);
                i++;
            }
        }
        throw error(start, "unclosed string");
    }

    private char hex4() {
        if (i + 4 > s.length()) {
            throw error("bad \\u escape: expected 4 hex digits");
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(s.charAt(i + k), 16);
            if (d < 0) {
                throw error(i + k, "bad \\u escape: expected 4 hex digits");
            }
            v = v * 16 + d;
        }
        i += 4;
        return (char) v;
    }

    // ------------------------------------------------------------------ filter expressions

    private Logical logicalOr() {
        List<Logical> ops = separatedBy("||", this::logicalAnd);
        return ops.size() == 1 ? ops.get(0) : new JsonPathFilter.Or(ops);
    }

    private Logical logicalAnd() {
        List<Logical> ops = separatedBy("&&", this::basic);
        return ops.size() == 1 ? ops.get(0) : new JsonPathFilter.And(ops);
    }

    /** One or more operands separated by an operator, blank space allowed around it. */
    private List<Logical> separatedBy(String operator, java.util.function.Supplier<Logical> operand) {
        List<Logical> ops = new ArrayList<>();
        ops.add(operand.get());
        while (true) {
            skipBlank();
            if (!at(operator)) {
                return List.copyOf(ops);
            }
            i += operator.length();
            skipBlank();
            ops.add(operand.get());
        }
    }

    /** paren-expr, comparison-expr or test-expr. */
    private Logical basic() {
        if (peek() == '!') {
            i++;
            skipBlank();
            if (peek() == '(') {
                return new JsonPathFilter.Not(paren());
            }
            int start = i;
            return new JsonPathFilter.Not(test(operand(), start));
        }
        if (peek() == '(') {
            return paren();
        }
        int start = i;
        Operand left = operand();
        int save = i;
        skipBlank();
        JsonPathFilter.Op op = comparisonOp();
        if (op == null) {
            i = save;
            return test(left, start);
        }
        skipBlank();
        int rightStart = i;
        Operand right = operand();
        return new JsonPathFilter.Comparison(comparable(left, start), op, comparable(right, rightStart));
    }

    private Logical paren() {
        i++; // (
        skipBlank();
        Logical e = logicalOr();
        skipBlank();
        if (peek() != ')') {
            throw error(i >= s.length() ? "unclosed (" : "expected ) but found '" + peek() + "'");
        }
        i++;
        return e;
    }

    private JsonPathFilter.Op comparisonOp() {
        for (JsonPathFilter.Op op : new JsonPathFilter.Op[] {JsonPathFilter.Op.EQ, JsonPathFilter.Op.NE,
            JsonPathFilter.Op.LE, JsonPathFilter.Op.GE, JsonPathFilter.Op.LT, JsonPathFilter.Op.GT}) {
            if (at(op.symbol)) {
                i += op.symbol.length();
                return op;
            }
        }
        if (peek() == '=') {
            throw error("= is not an operator: use ==");
        }
        return null;
    }

    /** The kinds of a parsed operand: a literal, a query, or a function call with its declared result type. */
    private enum Kind { LITERAL, QUERY, VALUE_FUNCTION, LOGICAL_FUNCTION }

    private record Operand(Kind kind, JsonNode literal, JsonPath query, Value value, Logical logical, String name) {
    }

    private Operand operand() {
        char c = peek();
        if (c == '@' || c == '$') {
            i++;
            if (c == '$') {
                rootQueries++;
            }
            int start = i - 1;
            List<Segment> segs = segments();
            return new Operand(Kind.QUERY, null, new JsonPath(s.substring(start, i), segs, c == '@'), null, null,
                    null);
        }
        if (c == '\'' || c == '"') {
            return literal(TextNode.valueOf(string()));
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return literal(number());
        }
        if (c >= 'a' && c <= 'z') {
            int start = i;
            while (i < s.length() && ((s.charAt(i) >= 'a' && s.charAt(i) <= 'z') || s.charAt(i) == '_'
                    || (s.charAt(i) >= '0' && s.charAt(i) <= '9'))) {
                i++;
            }
            String name = s.substring(start, i);
            if (peek() == '(') {
                return function(name, start);
            }
            switch (name) {
                case "true":
                    return literal(BooleanNode.TRUE);
                case "false":
                    return literal(BooleanNode.FALSE);
                case "null":
                    return literal(NullNode.instance);
                default:
                    throw error(start, "unknown name '" + name + "' (expected a literal, a query or a function call)");
            }
        }
        throw error(i >= s.length() ? "unexpected end: expected a filter expression"
                : "unexpected '" + c + "': expected a query, a literal, a comparison or a function call");
    }

    private static Operand literal(JsonNode v) {
        return new Operand(Kind.LITERAL, v, null, null, null, null);
    }

    /** A number literal: int or -0, optional fraction and exponent. */
    private JsonNode number() {
        int start = i;
        if (peek() == '-') {
            i++;
        }
        int digits = i;
        skipDigits();
        if (i == digits) {
            throw error("expected a digit");
        }
        if (s.charAt(digits) == '0' && i - digits > 1) {
            throw error(digits, "a number cannot start with 0");
        }
        if (peek() == '.') {
            i++;
            int f = i;
            skipDigits();
            if (i == f) {
                throw error("expected a digit after the decimal point");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            i++;
            if (peek() == '+' || peek() == '-') {
                i++;
            }
            int e = i;
            skipDigits();
            if (i == e) {
                throw error("expected a digit in the exponent");
            }
        }
        return DecimalNode.valueOf(new BigDecimal(s.substring(start, i)));
    }

    private Operand function(String name, int start) {
        i++; // (
        List<Operand> args = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        skipBlank();
        if (peek() == ')') {
            i++;
        } else {
            while (true) {
                skipBlank();
                if (peek() == '!' || peek() == '(') {
                    throw error(name + "() takes no logical expression as argument");
                }
                positions.add(i);
                args.add(operand());
                skipBlank();
                if (peek() == ',') {
                    i++;
                } else if (peek() == ')') {
                    i++;
                    break;
                } else if (at("&&") || at("||") || at("==") || at("!=") || peek() == '<' || peek() == '>') {
                    throw error(name + "() takes no logical expression as argument");
                } else {
                    throw error(i >= s.length() ? "unclosed ( of " + name + "()"
                            : "expected , or ) but found '" + peek() + "'");
                }
            }
        }
        switch (name) {
            case "length" -> {
                arity(name, args, 1, start);
                return valueFunction(name, new JsonPathFilter.Length(valueArg(name, args.get(0), positions.get(0))));
            }
            case "count" -> {
                arity(name, args, 1, start);
                return valueFunction(name, new JsonPathFilter.Count(nodesArg(name, args.get(0), positions.get(0))));
            }
            case "value" -> {
                arity(name, args, 1, start);
                return valueFunction(name, new JsonPathFilter.ValueOf(nodesArg(name, args.get(0), positions.get(0))));
            }
            case "match", "search" -> {
                arity(name, args, 2, start);
                Value subject = valueArg(name, args.get(0), positions.get(0));
                Value pattern = valueArg(name, args.get(1), positions.get(1));
                Pattern compiled = null;
                if (pattern instanceof JsonPathFilter.Literal l && l.node().isTextual()) {
                    compiled = IRegexp.compile(l.node().textValue());
                    if (compiled == null) {
                        // an invalid I-Regexp makes the function false (RFC 9535 2.4.6, 2.4.7)
                        return new Operand(Kind.LOGICAL_FUNCTION, null, null, null, (cur, root) -> false, name);
                    }
                }
                return new Operand(Kind.LOGICAL_FUNCTION, null, null, null,
                        new JsonPathFilter.Match(subject, pattern, name.equals("match"), compiled), name);
            }
            default -> throw error(start, "unknown function " + name
                    + "() (known: length, count, match, search, value)");
        }
    }

    private static Operand valueFunction(String name, Value v) {
        return new Operand(Kind.VALUE_FUNCTION, null, null, v, null, name);
    }

    private void arity(String name, List<Operand> args, int n, int start) {
        if (args.size() != n) {
            throw error(start, name + "() takes " + n + (n == 1 ? " argument" : " arguments") + ", not "
                    + args.size());
        }
    }

    /** A ValueType argument: a literal, a singular query or a function returning a value. */
    private Value valueArg(String fn, Operand a, int at) {
        return switch (a.kind) {
            case LITERAL -> new JsonPathFilter.Literal(a.literal);
            case QUERY -> {
                if (!a.query.singular()) {
                    throw error(at, fn + "() needs a value here: " + a.query.text
                            + " is not a singular query (names and indexes only)");
                }
                yield new JsonPathFilter.Singular(a.query);
            }
            case VALUE_FUNCTION -> a.value;
            case LOGICAL_FUNCTION -> throw error(at, fn + "() needs a value here, and " + a.name
                    + "() gives a logical result");
        };
    }

    /** A NodesType argument: a query. */
    private JsonPath nodesArg(String fn, Operand a, int at) {
        if (a.kind != Kind.QUERY) {
            throw error(at, fn + "() takes a query (@... or $...) as argument");
        }
        return a.query;
    }

    private Value comparable(Operand a, int at) {
        return switch (a.kind) {
            case LITERAL -> new JsonPathFilter.Literal(a.literal);
            case QUERY -> {
                if (!a.query.singular()) {
                    throw error(at, "a comparison needs singular queries (names and indexes only), not "
                            + a.query.text);
                }
                yield new JsonPathFilter.Singular(a.query);
            }
            case VALUE_FUNCTION -> a.value;
            case LOGICAL_FUNCTION -> throw error(at, a.name + "() gives a logical result and cannot be compared");
        };
    }

    private Logical test(Operand a, int at) {
        return switch (a.kind) {
            case QUERY -> new JsonPathFilter.Exists(a.query);
            case LOGICAL_FUNCTION -> a.logical;
            case VALUE_FUNCTION -> throw error(at, a.name + "() gives a value: compare it (e.g. " + a.name
                    + "(...) == 1)");
            case LITERAL -> throw error(at, "a literal alone is not a test: compare it");
        };
    }
}
