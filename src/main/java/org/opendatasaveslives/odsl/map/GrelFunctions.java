package org.opendatasaveslives.odsl.map;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The GREL and IDLab functions (as described by FnO) that RML-FNML mappings and its test suite use. Parameter and
 * output IRIs follow the published FnO descriptions.
 */
final class GrelFunctions {
    static final String GREL = "http://users.ugent.be/~bjdmeest/function/grel.ttl#";
    static final String IDLAB = "https://w3id.org/imec/idlab/function#";

    private static final String VALUE = GREL + "valueParam";
    private static final String VALUE2 = GREL + "valueParam2";
    private static final String STRING_OUT = GREL + "stringOut";
    private static final List<String> STRING_OUTS = List.of(STRING_OUT, GREL + "output_string");
    private static final List<String> IDLAB_STRING_OUT = List.of(IDLAB + "_stringOut");
    private static final List<String> IDLAB_BOOL_OUT = List.of(IDLAB + "_boolOut");

    private GrelFunctions() {
    }

    static void registerAll(FunctionRegistry r) {
        r.register(RmlFunction.of(GREL + "toUpperCase", List.of(VALUE), Set.of(), STRING_OUTS,
                a -> a[0] == null ? null : Values.str(a[0]).toUpperCase(Locale.ROOT)));
        r.register(RmlFunction.of(GREL + "toLowerCase", List.of(VALUE), Set.of(), STRING_OUTS,
                a -> a[0] == null ? null : Values.str(a[0]).toLowerCase(Locale.ROOT)));
        r.register(RmlFunction.of(GREL + "string_trim", List.of(VALUE), Set.of(), STRING_OUTS,
                a -> a[0] == null ? null : Values.str(a[0]).strip()));
        r.register(RmlFunction.of(GREL + "string_length", List.of(VALUE), Set.of(),
                List.of(GREL + "output_number", GREL + "output_int"),
                a -> a[0] == null ? null : Values.str(a[0]).length()));
        r.register(RmlFunction.of(GREL + "string_substring",
                List.of(VALUE, GREL + "p_int_i_from", GREL + "p_int_i_opt_to"), Set.of(), STRING_OUTS,
                GrelFunctions::substring));
        r.register(RmlFunction.of(GREL + "string_replace",
                List.of(VALUE, GREL + "param_find", GREL + "param_replace"), Set.of(), STRING_OUTS,
                a -> a[0] == null ? null : Values.str(a[0]).replace(a[1] == null ? "" : Values.str(a[1]),
                        a[2] == null ? "" : Values.str(a[2]))));
        r.register(RmlFunction.of(GREL + "escape", List.of(VALUE, GREL + "modeParam"), Set.of(), STRING_OUTS,
                a -> a[0] == null ? null : escape(Values.str(a[0]), a[1] == null ? "html" : Values.str(a[1]))));

        r.register(RmlFunction.of(IDLAB + "alwaysReturnsABC", List.of(), Set.of(), IDLAB_STRING_OUT, a -> "ABC"));
        r.register(RmlFunction.of(IDLAB + "toUpperCaseURL", List.of(IDLAB + "str"), Set.of(), IDLAB_STRING_OUT,
                a -> {
                    if (a[0] == null) {
                        return null;
                    }
                    String up = Values.str(a[0]).toUpperCase(Locale.ROOT);
                    return up.startsWith("HTTP://") || up.startsWith("HTTPS://") ? up : "http://" + up;
                }));
        r.register(RmlFunction.of(IDLAB + "equal", List.of(VALUE, VALUE2), Set.of(), IDLAB_BOOL_OUT,
                a -> Objects.equals(a[0] == null ? null : Values.str(a[0]), a[1] == null ? null : Values.str(a[1]))));
        r.register(RmlFunction.of(IDLAB + "notEqual", List.of(VALUE, VALUE2), Set.of(), IDLAB_BOOL_OUT,
                a -> !Objects.equals(a[0] == null ? null : Values.str(a[0]), a[1] == null ? null : Values.str(a[1]))));
        r.register(RmlFunction.of(IDLAB + "isNull", List.of(IDLAB + "str"), Set.of(), IDLAB_BOOL_OUT,
                a -> a[0] == null));
        r.register(RmlFunction.of(IDLAB + "trueCondition", List.of(IDLAB + "strBoolean", IDLAB + "str"), Set.of(),
                IDLAB_STRING_OUT, a -> Values.isTrue(a[0]) ? a[1] : null));
        r.register(RmlFunction.of(IDLAB + "concat", List.of(IDLAB + "str", IDLAB + "otherStr", IDLAB + "delimiter"),
                Set.of(), IDLAB_STRING_OUT, a -> a[0] == null || a[1] == null ? null
                        : Values.str(a[0]) + (a[2] == null ? "" : Values.str(a[2])) + Values.str(a[1])));
    }

    /** GREL substring(s, from, to?): negative indexes count from the end; out of range → null. */
    private static Object substring(Object[] a) throws FunctionException {
        if (a[0] == null) {
            return null;
        }
        String s = Values.str(a[0]);
        int len = s.length();
        int from = a[1] == null ? 0 : toInt(a[1]);
        int to = a[2] == null ? len : toInt(a[2]);
        if (from < 0) {
            from += len;
        }
        if (to < 0) {
            to += len;
        }
        if (from < 0 || from > len || to > len || from > to) {
            return null;
        }
        return s.substring(from, to);
    }

    private static int toInt(Object v) throws FunctionException {
        if (v instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(Values.str(v).strip());
        } catch (NumberFormatException e) {
            throw new FunctionException("\"" + v + "\" is not an integer");
        }
    }

    private static String escape(String s, String mode) throws FunctionException {
        switch (mode.toLowerCase(Locale.ROOT)) {
            case "html":
            case "xml": {
                StringBuilder sb = new StringBuilder(s.length() + 8);
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    switch (c) {
                        case '&' -> sb.append("&amp;");
                        case '<' -> sb.append("&lt;");
                        case '>' -> sb.append("&gt;");
                        case '"' -> sb.append("&quot;");
                        case '\'' -> sb.append(mode.equalsIgnoreCase("xml") ? "&apos;" : "'");
                        default -> sb.append(c);
                    }
                }
                return sb.toString();
            }
            case "url":
                return URLEncoder.encode(s, StandardCharsets.UTF_8);
            case "csv":
                return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                        ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
            case "javascript":
                return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("'", "\\'").replace("\n", "\\n");
            default:
                throw new FunctionException("unknown escape mode \"" + mode + "\" (expected html, xml, csv, url or javascript)");
        }
    }
}
