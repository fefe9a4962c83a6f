package org.opendatasaveslives.odsl.map;

import java.nio.charset.StandardCharsets;

/** Fast IRI helpers for the hot path: IRI-safe encoding of template values and a syntax check, no regex. */
final class Iris {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Iris() {
    }

    /** True when {@code s} starts with a URI scheme ({@code ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"}). */
    static boolean hasScheme(String s) {
        int n = s.length();
        if (n == 0 || !isAlpha(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!(isAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return false;
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Appends the IRI-safe form of {@code value} (RML/R2RML): every character outside {@code iunreserved} is
     * percent-encoded as UTF-8; with {@code asciiOnly} (term type rml:URI) every non-ASCII character too.
     */
    static void appendIriSafe(StringBuilder sb, String value, boolean asciiOnly) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                sb.append(c);
                continue;
            }
            if (c < 0xA0) {
                percent(sb, c);
                continue;
            }
            int cp = value.codePointAt(i);
            int len = Character.charCount(cp);
            if (!asciiOnly && isUcschar(cp)) {
                sb.appendCodePoint(cp);
            } else {
                for (byte b : value.substring(i, i + len).getBytes(StandardCharsets.UTF_8)) {
                    percent(sb, b & 0xFF);
                }
            }
            i += len - 1;
        }
    }

    private static void percent(StringBuilder sb, int b) {
        sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }

    private static boolean isUcschar(int cp) {
        return (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFDCF) || (cp >= 0xFDF0 && cp <= 0xFFEF)
                || (cp >= 0x10000 && cp <= 0xEFFFD && (cp & 0xFFFE) != 0xFFFE);
    }

    /**
     * Checks an absolute IRI; returns null when it is acceptable, otherwise why not. Rejects what would make an
     * invalid N-Triples IRI: no scheme, spaces, control characters, {@code <>"{}|\^`}, a bad percent-escape, a second
     * {@code #}.
     */
    static String check(String iri) {
        if (!hasScheme(iri)) {
            return "not an absolute IRI (no scheme)";
        }
        boolean fragment = false;
        int n = iri.length();
        for (int i = 0; i < n; i++) {
            char c = iri.charAt(i);
            switch (c) {
                case ' ':
                    return "contains a space";
                case '<', '>', '"', '{', '}', '|', '\\', '^', '`':
                    return "contains '" + c + "'";
                case '%':
                    if (i + 2 >= n || hex(iri.charAt(i + 1)) < 0 || hex(iri.charAt(i + 2)) < 0) {
                        return "has a '%' not followed by two hex digits";
                    }
                    break;
                case '#':
                    if (fragment) {
                        return "has a second '#'";
                    }
                    fragment = true;
                    break;
                default:
                    if (c < 0x20 || c == 0x7F) {
                        return "contains a control character";
                    }
            }
        }
        return null;
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
