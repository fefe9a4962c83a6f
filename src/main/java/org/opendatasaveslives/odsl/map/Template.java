package org.opendatasaveslives.odsl.map;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed {@code rml:template}: literal parts and references, parsed once at load. {@code \{}, {@code \}} and
 * {@code \\} escape. Reference slots are bound by the compiler.
 */
final class Template {
    final String text;
    /** literals.length == refs.length + 1 */
    final String[] literals;
    final String[] refs;
    final int[] slots;

    private Template(String text, String[] literals, String[] refs) {
        this.text = text;
        this.literals = literals;
        this.refs = refs;
        this.slots = new int[refs.length];
    }

    /** Parses a template; throws IllegalArgumentException saying what is wrong and where. */
    static Template parse(String t) {
        List<String> lits = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inRef = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\') {
                if (i + 1 >= t.length()) {
                    throw new IllegalArgumentException("template \"" + t + "\" ends with a lone backslash");
                }
                cur.append(t.charAt(++i));
            } else if (c == '{') {
                if (inRef) {
                    throw new IllegalArgumentException("template \"" + t + "\" has an unescaped '{' inside a reference (column " + (i + 1) + "); write \\{ for a literal brace");
                }
                lits.add(cur.toString());
                cur.setLength(0);
                inRef = true;
            } else if (c == '}') {
                if (!inRef) {
                    throw new IllegalArgumentException("template \"" + t + "\" has an unescaped '}' outside a reference (column " + (i + 1) + "); write \\} for a literal brace");
                }
                if (cur.length() == 0) {
                    throw new IllegalArgumentException("template \"" + t + "\" has an empty reference {}");
                }
                refs.add(cur.toString());
                cur.setLength(0);
                inRef = false;
            } else {
                cur.append(c);
            }
        }
        if (inRef) {
            throw new IllegalArgumentException("template \"" + t + "\" has a '{' that is never closed");
        }
        lits.add(cur.toString());
        return new Template(t, lits.toArray(new String[0]), refs.toArray(new String[0]));
    }

    /** The template with every reference replaced by {@code x}: used to check the fixed parts at load. */
    String sample() {
        StringBuilder sb = new StringBuilder(literals[0]);
        for (int i = 0; i < refs.length; i++) {
            sb.append('x').append(literals[i + 1]);
        }
        return sb.toString();
    }

    /** How values are encoded into the template. */
    enum Encoding { NONE, IRI, URI }

    /**
     * Expands the template: null if any reference is absent, a String, or a List of Strings when a reference has
     * several values (the cartesian product, in order). With {@code absentAsEmpty} an absent value counts as the
     * empty string (null only when every reference is absent): the rule for function inputs, so that e.g. a content
     * digest over a row with some empty cells still has a value.
     */
    Object expand(Row row, Encoding enc, boolean absentAsEmpty) throws RecordFailure {
        int n = refs.length;
        boolean any = n == 0;
        StringBuilder sb = new StringBuilder(64);
        sb.append(literals[0]);
        for (int i = 0; i < n; i++) {
            Object v = row.get(slots[i]);
            if (v == null) {
                if (!absentAsEmpty) {
                    return null;
                }
                sb.append(literals[i + 1]);
                continue;
            }
            any = true;
            if (v instanceof List<?>) {
                return expandMulti(row, enc);
            }
            append(sb, Values.str(v), enc);
            sb.append(literals[i + 1]);
        }
        return any ? sb.toString() : null;
    }

    private static void append(StringBuilder sb, String v, Encoding enc) {
        switch (enc) {
            case IRI -> Iris.appendIriSafe(sb, v, false);
            case URI -> Iris.appendIriSafe(sb, v, true);
            default -> sb.append(v);
        }
    }

    private Object expandMulti(Row row, Encoding enc) throws RecordFailure {
        List<StringBuilder> acc = new ArrayList<>();
        acc.add(new StringBuilder(literals[0]));
        for (int i = 0; i < refs.length; i++) {
            Object v = row.get(slots[i]);
            List<?> vals = v instanceof List<?> l ? l : (v == null ? List.of() : List.of(v));
            List<StringBuilder> next = new ArrayList<>();
            for (StringBuilder prefix : acc) {
                for (Object o : vals) {
                    if (o == null) {
                        continue;
                    }
                    StringBuilder sb = new StringBuilder(prefix);
                    append(sb, Values.str(o), enc);
                    sb.append(literals[i + 1]);
                    next.add(sb);
                }
            }
            acc = next;
        }
        if (acc.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>(acc.size());
        for (StringBuilder sb : acc) {
            out.add(sb.toString());
        }
        return out;
    }
}
