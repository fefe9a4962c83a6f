package org.opendatasaveslives.odsl.map;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;

/**
 * Filter expressions of RFC 9535 (section 2.3.5) and its function extensions (section 2.4): the parsed expression
 * tree and its evaluation. A value expression yields a JSON value or null for Nothing.
 */
final class JsonPathFilter {
    private JsonPathFilter() {
    }

    /** A logical expression (LogicalType), tested on the current node {@code @} and the query argument {@code $}. */
    interface Logical {
        boolean test(JsonNode current, JsonNode root);
    }

    /** A value expression (ValueType): a JSON value, or null for Nothing. */
    interface Value {
        JsonNode value(JsonNode current, JsonNode root);
    }

    record Or(List<Logical> operands) implements Logical {
        @Override
        public boolean test(JsonNode current, JsonNode root) {
            for (Logical l : operands) {
                if (l.test(current, root)) {
                    return true;
                }
            }
            return false;
        }
    }

    record And(List<Logical> operands) implements Logical {
        @Override
        public boolean test(JsonNode current, JsonNode root) {
            for (Logical l : operands) {
                if (!l.test(current, root)) {
                    return false;
                }
            }
            return true;
        }
    }

    record Not(Logical operand) implements Logical {
        @Override
        public boolean test(JsonNode current, JsonNode root) {
            return !operand.test(current, root);
        }
    }

    /** An existence test: the query selects at least one node. */
    record Exists(JsonPath query) implements Logical {
        @Override
        public boolean test(JsonNode current, JsonNode root) {
            return !query.select(query.relative ? current : root, root).isEmpty();
        }
    }

    record Literal(JsonNode node) implements Value {
        @Override
        public JsonNode value(JsonNode current, JsonNode root) {
            return node;
        }
    }

    /** A singular query used as a value: the node it selects, or Nothing. */
    record Singular(JsonPath query) implements Value {
        @Override
        public JsonNode value(JsonNode current, JsonNode root) {
            return query.selectOne(query.relative ? current : root);
        }
    }

    enum Op {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }
    }

    record Comparison(Value left, Op op, Value right) implements Logical {
        @Override
        public boolean test(JsonNode current, JsonNode root) {
            JsonNode a = left.value(current, root);
            JsonNode b = right.value(current, root);
            return switch (op) {
                case EQ -> equal(a, b);
                case NE -> !equal(a, b);
                case LT -> less(a, b);
                case LE -> less(a, b) || equal(a, b);
                case GT -> less(b, a);
                case GE -> less(b, a) || equal(a, b);
            };
        }
    }

    // ------------------------------------------------------------------ functions

    /** length(): characters of a string, elements of an array, members of an object; Nothing otherwise. */
    record Length(Value arg) implements Value {
        @Override
        public JsonNode value(JsonNode current, JsonNode root) {
            JsonNode v = arg.value(current, root);
            if (v == null) {
                return null;
            }
            if (v.isTextual()) {
                return IntNode.valueOf(v.textValue().codePointCount(0, v.textValue().length()));
            }
            return v.isArray() || v.isObject() ? IntNode.valueOf(v.size()) : null;
        }
    }

    /** count(): the number of nodes a query selects. */
    record Count(JsonPath query) implements Value {
        @Override
        public JsonNode value(JsonNode current, JsonNode root) {
            return IntNode.valueOf(query.select(query.relative ? current : root, root).size());
        }
    }

    /** value(): the value of the only node a query selects, Nothing when it selects none or several. */
    record ValueOf(JsonPath query) implements Value {
        @Override
        public JsonNode value(JsonNode current, JsonNode root) {
            List<JsonNode> nodes = query.select(query.relative ? current : root, root);
            return nodes.size() == 1 ? nodes.get(0) : null;
        }
    }

    /**
     * match() (whole string) and search() (any substring) with an I-Regexp (RFC 9485); false when either argument
     * is not a string or the pattern is not a valid I-Regexp. {@code compiled} holds a literal pattern compiled once.
     */
    record Match(Value subject, Value pattern, boolean whole, Pattern compiled) implements Logical {
        @Override
        public boolean test(JsonNode current, JsonNode root) {
            JsonNode s = subject.value(current, root);
            if (s == null || !s.isTextual()) {
                return false;
            }
            Pattern p = compiled;
            if (p == null) {
                JsonNode re = pattern.value(current, root);
                if (re == null || !re.isTextual()) {
                    return false;
                }
                p = IRegexp.compile(re.textValue());
                if (p == null) {
                    return false;
                }
            }
            return whole ? p.matcher(s.textValue()).matches() : p.matcher(s.textValue()).find();
        }
    }

    // ------------------------------------------------------------------ comparison semantics (RFC 9535 2.3.5.2.2)

    static boolean equal(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return compareNumbers(a, b) == 0;
        }
        if (a.isTextual() && b.isTextual()) {
            return a.textValue().equals(b.textValue());
        }
        if (a.isBoolean() && b.isBoolean()) {
            return a.booleanValue() == b.booleanValue();
        }
        if (a.isNull() && b.isNull()) {
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> e : a.properties()) {
                JsonNode other = b.get(e.getKey());
                if (other == null || !equal(e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** a &lt; b: numbers by value, strings by Unicode scalar values; false for anything else. */
    static boolean less(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.isNumber() && b.isNumber()) {
            return compareNumbers(a, b) < 0;
        }
        if (a.isTextual() && b.isTextual()) {
            return compareCodePoints(a.textValue(), b.textValue()) < 0;
        }
        return false;
    }

    private static int compareNumbers(JsonNode a, JsonNode b) {
        if (a.isIntegralNumber() && b.isIntegralNumber() && a.canConvertToLong() && b.canConvertToLong()) {
            return Long.compare(a.longValue(), b.longValue());
        }
        return decimal(a).compareTo(decimal(b));
    }

    private static BigDecimal decimal(JsonNode n) {
        if (n.isBigDecimal()) {
            return n.decimalValue();
        }
        if (n.isIntegralNumber()) {
            return new BigDecimal(n.bigIntegerValue());
        }
        double d = n.doubleValue();
        return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : BigDecimal.valueOf(Math.copySign(1e308, d));
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
