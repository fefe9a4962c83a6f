package org.opendatasaveslives.odsl.map;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The project's own functions, namespace {@value #NS} (prefix {@code odslfn:}). Each returns its value under the
 * output {@code odslfn:result}; {@code rml:return} may be left out.
 */
public final class OdslFunctions {
    public static final String NS = "https://odsl.org.uk/def/function/";
    public static final String VALUE = NS + "value";
    public static final String PREFIX = NS + "prefix";
    public static final String KEY = NS + "key";
    public static final String CONTENT = NS + "content";
    public static final String OTHER = NS + "other";
    public static final String RESULT = NS + "result";

    private static final List<String> OUT = List.of(RESULT);
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"};
    private static final String[] MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december"};

    private OdslFunctions() {
    }

    static void registerAll(FunctionRegistry r) {
        r.register(RmlFunction.of(NS + "month", List.of(VALUE), Set.of(VALUE), OUT, a -> month(text(a[0]))));
        r.register(RmlFunction.of(NS + "slug", List.of(VALUE), Set.of(VALUE), OUT, a -> slug(text(a[0]))));
        r.register(RmlFunction.of(NS + "concat", List.of(PREFIX, VALUE), Set.of(VALUE), OUT,
                a -> a[1] == null ? null : (a[0] == null ? "" : Values.str(a[0])) + Values.str(a[1])));
        r.register(new RecordKey());
        r.register(PseudonymFunction.fromDeployment());
        r.register(new NhsNumberFunction());
        r.register(new BirthMonthFunction());
        r.register(RmlFunction.of(NS + "isEmpty", List.of(VALUE), Set.of(VALUE), OUT, a -> isBlank(a[0])));
        r.register(RmlFunction.of(NS + "notEmpty", List.of(VALUE), Set.of(VALUE), OUT, a -> !isBlank(a[0])));
        r.register(RmlFunction.of(NS + "coalesce", List.of(VALUE, OTHER), Set.of(VALUE, OTHER), OUT,
                a -> isBlank(a[0]) ? a[1] : a[0]));
        r.register(RmlFunction.of(NS + "equal", List.of(VALUE, OTHER), Set.of(VALUE, OTHER), OUT,
                a -> java.util.Objects.equals(text(a[0]), text(a[1]))));
        r.register(RmlFunction.of(NS + "notEqual", List.of(VALUE, OTHER), Set.of(VALUE, OTHER), OUT,
                a -> !java.util.Objects.equals(text(a[0]), text(a[1]))));
        r.register(RmlFunction.of(NS + "decimal", List.of(VALUE), Set.of(VALUE), OUT, a -> decimal(text(a[0]))));
        r.register(RmlFunction.of(NS + "date", List.of(VALUE), Set.of(VALUE), OUT, a -> date(text(a[0]))));
        r.register(RmlFunction.of(NS + "percent", List.of(VALUE), Set.of(VALUE), OUT, a -> percent(text(a[0]))));
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        String s = Values.str(v).strip();
        return s.isEmpty() ? null : s;
    }

    private static boolean isBlank(Object v) {
        return v == null || Values.str(v).isBlank();
    }

    /**
     * {@code YYYY-MM} from {@code 2025-02}, {@code Feb-25} (Excel-mangled police.uk month), {@code February 2025},
     * {@code Feb 2025}, {@code 02/2025}, {@code 2025-02-14}; null for an absent value.
     */
    public static String month(String s) throws FunctionException {
        if (s == null || (s = s.strip()).isEmpty()) {
            return null;
        }
        int n = s.length();
        int year = -1, month = -1;
        if ((n == 7 || n == 10) && digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 7)
                && (n == 7 || (s.charAt(7) == '-' && digits(s, 8, 10)))) {
            year = num(s, 0, 4);
            month = num(s, 5, 7);
            if (n == 10 && !validDate(year, month, num(s, 8, 10))) {
                month = -1;
            }
        } else if (n == 7 && digits(s, 0, 2) && s.charAt(2) == '/' && digits(s, 3, 7)) {
            month = num(s, 0, 2);
            year = num(s, 3, 7);
        } else if ((n == 6 || n == 8) && s.charAt(3) == '-' && digits(s, 4, n)) {
            month = monthIndex(s.substring(0, 3), MONTHS);
            year = n == 6 ? 2000 + num(s, 4, 6) : num(s, 4, 8);
        } else {
            int sp = s.lastIndexOf(' ');
            if (sp > 0 && n - sp - 1 == 4 && digits(s, sp + 1, n)) {
                String name = s.substring(0, sp).strip();
                month = monthIndex(name, MONTH_NAMES);
                if (month < 0) {
                    month = monthIndex(name, MONTHS);
                }
                year = num(s, sp + 1, n);
            }
        }
        if (month < 1 || month > 12 || year < 0) {
            throw new FunctionException("\"" + s + "\" is not a month (expected YYYY-MM or Mon-YY)");
        }
        if (n == 7 && s.charAt(4) == '-') {
            return s; // already YYYY-MM
        }
        return pad(year, 4) + "-" + pad(month, 2);
    }

    private static int monthIndex(String name, String[] names) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(lower)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Lower-case ASCII slug: accents dropped, runs of other characters become one {@code -}; null when empty. */
    public static String slug(String s) {
        if (s == null) {
            return null;
        }
        String d = s;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                d = Normalizer.normalize(s, Normalizer.Form.NFD);
                break;
            }
        }
        StringBuilder sb = new StringBuilder(d.length());
        boolean dash = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && sb.length() > 0) {
                    sb.append('-');
                }
                dash = false;
                sb.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                dash = true;
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Number text without thousands separators: {@code "17,712"} → {@code 17712}; {@code -}, {@code *} → null. */
    public static String decimal(String s) throws FunctionException {
        if (s == null || (s = s.strip()).isEmpty() || s.equals("-") || s.equals("*")) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean digit = false, point = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
                sb.append(c);
            } else if (c == ',' && digit && !point) {
                continue;
            } else if (c == '.' && !point) {
                point = true;
                sb.append(c);
            } else if ((c == '-' || c == '+') && i == 0) {
                sb.append(c);
            } else {
                digit = false;
                break;
            }
        }
        if (!digit || sb.charAt(sb.length() - 1) == '.') {
            throw new FunctionException("\"" + s + "\" is not a number");
        }
        return sb.charAt(0) == '+' ? sb.substring(1) : sb.toString();
    }

    /**
     * A percentage as a number from 0 to 100, with or without a {@code %} sign: {@code 76.00%} → {@code 76.00},
     * {@code 73.5} → {@code 73.5}; {@code -} and {@code *} (not applicable, suppressed) → null. Thousands separators
     * are read as in {@link #decimal}.
     */
    public static String percent(String s) throws FunctionException {
        if (s == null || (s = s.strip()).isEmpty()) {
            return null;
        }
        String n = s.endsWith("%") ? s.substring(0, s.length() - 1).strip() : s;
        if (n.isEmpty() || n.indexOf('%') >= 0) {
            throw new FunctionException("\"" + s + "\" is not a percentage");
        }
        try {
            return decimal(n);
        } catch (FunctionException e) {
            throw new FunctionException("\"" + s + "\" is not a percentage");
        }
    }

    /**
     * {@code yyyy-mm-dd} from {@code dd/mm/yyyy} (also d/m/yyyy), ISO ({@code 2025-02-14}, with or without time) or
     * ISO basic ({@code 20250214}).
     */
    public static String date(String s) throws FunctionException {
        if (s == null || (s = s.strip()).isEmpty()) {
            return null;
        }
        int y = -1, m = -1, d = -1;
        int n = s.length();
        if (n >= 10 && digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 7) && s.charAt(7) == '-'
                && digits(s, 8, 10) && (n == 10 || s.charAt(10) == 'T' || s.charAt(10) == ' ')) {
            y = num(s, 0, 4);
            m = num(s, 5, 7);
            d = num(s, 8, 10);
        } else if (n == 8 && digits(s, 0, 8)) { // ISO 8601 basic, as NHS ODS extracts write dates
            y = num(s, 0, 4);
            m = num(s, 4, 6);
            d = num(s, 6, 8);
        } else {
            int a = s.indexOf('/');
            int b = a < 0 ? -1 : s.indexOf('/', a + 1);
            if (a > 0 && a <= 2 && b - a - 1 >= 1 && b - a - 1 <= 2 && n - b - 1 == 4 && digits(s, 0, a)
                    && digits(s, a + 1, b) && digits(s, b + 1, n)) {
                d = num(s, 0, a);
                m = num(s, a + 1, b);
                y = num(s, b + 1, n);
            }
        }
        if (y < 0 || !validDate(y, m, d)) {
            throw new FunctionException("\"" + s + "\" is not a date (expected dd/mm/yyyy, yyyy-mm-dd or yyyymmdd)");
        }
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2);
    }

    /** Zero-padded decimal, without String.format (it parses its pattern with a regex on every call). */
    private static String pad(int v, int width) {
        String t = Integer.toString(v);
        return t.length() >= width ? t : "0".repeat(width - t.length()) + t;
    }

    private static boolean validDate(int y, int m, int d) {
        try {
            LocalDate.of(y, m, d);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean digits(String s, int from, int to) {
        if (to > s.length() || from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    /**
     * {@code odslfn:recordKey(key, content)}: the key when non-empty; otherwise the first 16 hex digits of
     * SHA-256(content), {@code -}, and the 1-based occurrence of that content so far in this pass. State: 64-bit hash →
     * count in an open-addressing primitive map (16 bytes per slot).
     */
    static final class RecordKey implements RmlFunction {
        private static final List<String> PARAMS = List.of(KEY, CONTENT);
        private static final char[] HEX = "0123456789abcdef".toCharArray();
        private final MessageDigest sha;
        private long[] keys = new long[1024];
        private int[] counts = new int[1024];
        private boolean zeroPresent;
        private int zeroCount;
        private int size;

        RecordKey() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String iri() {
            return NS + "recordKey";
        }

        @Override
        public List<String> parameters() {
            return PARAMS;
        }

        @Override
        public Set<String> requiredParameters() {
            return Set.of(CONTENT);
        }

        @Override
        public List<String> outputs() {
            return OUT;
        }

        @Override
        public RmlFunction newRun() {
            return new RecordKey();
        }

        @Override
        public Object apply(Object[] args) throws FunctionException {
            String key = text(args[0]);
            if (key != null) {
                return key;
            }
            if (args[1] == null) {
                throw new FunctionException("no key and no content to derive one from");
            }
            byte[] h = sha.digest(Values.str(args[1]).getBytes(StandardCharsets.UTF_8));
            long prefix = 0;
            for (int i = 0; i < 8; i++) {
                prefix = (prefix << 8) | (h[i] & 0xFF);
            }
            int n = increment(prefix);
            char[] out = new char[16];
            for (int i = 0; i < 16; i++) {
                out[i] = HEX[(int) (prefix >>> (60 - 4 * i)) & 0xF];
            }
            return new String(out) + "-" + n;
        }

        /** Adds one to the count of this hash and returns the new count. */
        private int increment(long k) {
            if (k == 0) {
                zeroPresent = true;
                return ++zeroCount;
            }
            int mask = keys.length - 1;
            int i = (int) (k ^ (k >>> 32)) * 0x9E3779B9 & mask;
            while (true) {
                if (keys[i] == k) {
                    return ++counts[i];
                }
                if (keys[i] == 0) {
                    keys[i] = k;
                    counts[i] = 1;
                    if (++size * 2 > keys.length) {
                        grow();
                    }
                    return 1;
                }
                i = (i + 1) & mask;
            }
        }

        private void grow() {
            long[] ok = keys;
            int[] oc = counts;
            keys = new long[ok.length * 2];
            counts = new int[ok.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < ok.length; j++) {
                long k = ok[j];
                if (k != 0) {
                    int i = (int) (k ^ (k >>> 32)) * 0x9E3779B9 & mask;
                    while (keys[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = k;
                    counts[i] = oc[j];
                }
            }
        }
    }
}
