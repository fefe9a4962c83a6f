package org.opendatasaveslives.odsl.map;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * I-Regexp (RFC 9485), the interoperable regular expressions of JSONPath's match() and search(), checked against its
 * grammar and translated to java.util.regex: {@code .} matches any character but CR and LF, groups do not capture,
 * {@code ^} and {@code $} outside a class anchor the start and end of the string (as the JSONPath Compliance Test
 * Suite expects), and every other non-alphanumeric character is written as a code point escape so that no Java-only
 * syntax (intersections, lazy quantifiers, {@code \d}) can slip through.
 */
final class IRegexp {
    private final String s;
    private int i;
    private final StringBuilder out = new StringBuilder();

    private IRegexp(String s) {
        this.s = s;
    }

    /** The compiled pattern, or null when {@code regexp} is not a valid I-Regexp. */
    static Pattern compile(String regexp) {
        String java = toJava(regexp);
        if (java == null) {
            return null;
        }
        try {
            return Pattern.compile(java);
        } catch (PatternSyntaxException e) {
            return null; // e.g. a range x{3,2} or a class range z-a
        }
    }

    /** The java.util.regex form of an I-Regexp, or null when it is not one. */
    static String toJava(String regexp) {
        IRegexp r = new IRegexp(regexp);
        try {
            r.regexp();
            if (r.i != regexp.length()) {
                return null;
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return r.out.toString();
    }

    private static IllegalArgumentException bad() {
        return new IllegalArgumentException();
    }

    private int peek() {
        return i < s.length() ? s.codePointAt(i) : -1;
    }

    private void regexp() {
        branch();
        while (peek() == '|') {
            i++;
            out.append('|');
            branch();
        }
    }

    private void branch() {
        while (true) {
            int c = peek();
            if (c == -1 || c == '|' || c == ')') {
                return;
            }
            atom();
            quantifier();
        }
    }

    private void quantifier() {
        int c = peek();
        if (c == '*' || c == '+' || c == '?') {
            i++;
            out.append((char) c);
        } else if (c == '{') {
            i++;
            out.append('{').append(digits());
            if (peek() == ',') {
                i++;
                out.append(',');
                if (peek() != '}') {
                    out.append(digits());
                }
            }
            if (peek() != '}') {
                throw bad();
            }
            i++;
            out.append('}');
        }
    }

    private String digits() {
        int start = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == start) {
            throw bad();
        }
        return s.substring(start, i);
    }

    private void atom() {
        int c = peek();
        switch (c) {
            case '(' -> {
                i++;
                out.append("(?:");
                regexp();
                if (peek() != ')') {
                    throw bad();
                }
                i++;
                out.append(')');
            }
            case '.' -> {
                i++;
                out.append("[^\\n\\r]");
            }
            case '[' -> charClassExpr();
            case '\\' -> escape(false);
            // RFC 9485's grammar reads ^ and $ as characters, but the engines it maps onto (and the JSONPath
            // Compliance Test Suite) read them as anchors of the whole string: follow the suite
            case '^' -> {
                i++;
                out.append("\\A");
            }
            case '$' -> {
                i++;
                out.append("\\z");
            }
            case '*', '+', '?', '{', '}', ']', ')', '|' -> throw bad();
            default -> {
                if (c >= 0xD800 && c <= 0xDFFF) {
                    throw bad(); // a lone surrogate
                }
                i += Character.charCount(c);
                literal(c);
            }
        }
    }

    /** A backslash escape: a single-character escape or a category {@code \p{..}} / {@code \P{..}}. */
    private void escape(boolean inClass) {
        i++; // backslash
        int c = peek();
        if (c == 'p' || c == 'P') {
            i++;
            if (peek() != '{') {
                throw bad();
            }
            int end = s.indexOf('}', i);
            if (end < 0) {
                throw bad();
            }
            String prop = s.substring(i + 1, end);
            if (!prop.matches("L[lmotu]?|M[cen]?|N[dlo]?|P[cdefios]?|Z[lps]?|S[ckmo]?|C[cfno]?")) {
                throw bad();
            }
            i = end + 1;
            out.append('\\').append((char) c).append('{').append(prop).append('}');
            return;
        }
        switch (c) {
            case 'n' -> out.append("\\n");
            case 'r' -> out.append("\\r");
            case 't' -> out.append("\\t");
            case '(', ')', '*', '+', '-', '.', '?', '[', '\\', ']', '^', '{', '|', '}' -> literal(c);
            default -> throw bad();
        }
        i++;
    }

    private void charClassExpr() {
        i++; // [
        out.append('[');
        if (peek() == '^') {
            i++;
            out.append('^');
        }
        boolean first = true;
        while (true) {
            int c = peek();
            if (c == -1) {
                throw bad();
            }
            if (c == ']') {
                if (first) {
                    throw bad(); // an empty class
                }
                i++;
                out.append(']');
                return;
            }
            if (c == '-') {
                // a literal '-' only first or last
                boolean last = i + 1 < s.length() && s.charAt(i + 1) == ']';
                if (!first && !last) {
                    throw bad();
                }
                i++;
                literal('-');
            } else if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == 'p' || s.charAt(i + 1) == 'P')) {
                escape(true);
            } else {
                ccChar();
                if (peek() == '-' && i + 1 < s.length() && s.charAt(i + 1) != ']') {
                    i++;
                    out.append('-');
                    ccChar();
                }
            }
            first = false;
        }
    }

    /** A character in a class: any but {@code - [ \ ]}, or a single-character escape. */
    private void ccChar() {
        int c = peek();
        if (c == '\\') {
            int save = out.length();
            escape(true);
            if (out.charAt(save + 1) == 'p' || out.charAt(save + 1) == 'P') {
                throw bad(); // a category cannot bound a range
            }
            return;
        }
        if (c == -1 || c == '-' || c == '[' || c == ']' || (c >= 0xD800 && c <= 0xDFFF)) {
            throw bad();
        }
        i += Character.charCount(c);
        literal(c);
    }

    private void literal(int c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            out.append((char) c);
        } else {
            out.append("\\x{").append(Integer.toHexString(c)).append('}');
        }
    }
}
