package org.opendatasaveslives.odsl.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One kind of damage done to a good input file, derived deterministically from a seed: what the bytes become and, where
 * the damage keeps the records countable, how many records the reader must account for.
 *
 * @param name             the kind, e.g. {@code truncated-mid-line}
 * @param sameRecordsAsGood whether the damage is only in form (BOM, line endings): the release must load exactly what
 *                         the good file loads
 */
record Corruption(String name, boolean sameRecordsAsGood) {
    static final int ONE_MEGABYTE = 1 << 20;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The damaged bytes and the record count a correct reader reads from them, or -1 if it cannot be told. */
    record Damaged(byte[] bytes, long records) {
    }

    static List<Corruption> forCsv() {
        return List.of(new Corruption("truncated-mid-line", false), new Corruption("truncated-mid-quote", false),
            new Corruption("truncated-mid-utf8", false), new Corruption("latin1", false),
            new Corruption("bom-toggled", true), new Corruption("crlf", true), new Corruption("lf", true),
            new Corruption("cr", true), new Corruption("oversized-field", false), new Corruption("oversized-line", false),
            new Corruption("random-line", false), new Corruption("random-bytes", false), new Corruption("empty", false),
            new Corruption("header-only", false));
    }

    static List<Corruption> forJson() {
        return List.of(new Corruption("json-truncated-mid-object", false), new Corruption("json-wrong-types", false),
            new Corruption("truncated-mid-utf8", false), new Corruption("latin1", false),
            new Corruption("bom-toggled", true), new Corruption("crlf", true), new Corruption("oversized-field", false),
            new Corruption("random-bytes", false), new Corruption("empty", false), new Corruption("json-empty-array", false));
    }

    /**
     * @param good        the good file's bytes (UTF-8, LF or CRLF line ends)
     * @param headerLines 1 if the CSV file has a header line, 0 if not (JSON: ignored)
     * @param records     the records the good file holds
     */
    Damaged apply(byte[] good, int headerLines, long records, long seed) {
        Random random = new Random(seed * 31 + name.hashCode());
        List<byte[]> lines = lines(good);
        int first = headerLines;
        int dataLines = lines.size() - first;
        return switch (name) {
            case "truncated-mid-line" -> {
                int line = first + random.nextInt(dataLines);
                byte[] cut = lines.get(line);
                int keep = 1 + random.nextInt(Math.max(1, cut.length - 1));
                yield new Damaged(concat(joined(lines.subList(0, line)), Arrays.copyOf(cut, keep)), line - first + 1);
            }
            case "truncated-mid-quote" -> {
                int line = first + random.nextInt(dataLines);
                yield new Damaged(concat(joined(lines.subList(0, line)), ascii("\"an unterminated quoted field, with a comma")),
                    line - first + 1);
            }
            case "truncated-mid-utf8" -> {
                // The first byte of the two-byte encoding of 'é', then end of file.
                int line = first + random.nextInt(dataLines);
                byte[] cut = lines.get(line);
                byte[] partial = concat(Arrays.copyOf(cut, Math.max(1, cut.length / 2)), new byte[] {(byte) 0xC3});
                yield new Damaged(concat(joined(lines.subList(0, line)), partial), -1);
            }
            case "latin1" -> {
                String text = new String(good, StandardCharsets.UTF_8);
                int at = randomLetter(text, random, headerLines == 1 ? text.indexOf('\n') + 1 : 0);
                String accented = text.substring(0, at) + "é" + text.substring(at + 1);
                yield new Damaged(accented.getBytes(StandardCharsets.ISO_8859_1), records);
            }
            case "bom-toggled" -> new Damaged(startsWith(good, BOM) ? Arrays.copyOfRange(good, 3, good.length) : concat(BOM, good), records);
            case "crlf" -> new Damaged(withLineEnd(lines, "\r\n"), records);
            case "lf" -> new Damaged(withLineEnd(lines, "\n"), records);
            case "cr" -> new Damaged(withLineEnd(lines, "\r"), records);
            case "oversized-field" -> oversizedField(good, lines, first, records, random);
            case "oversized-line" -> {
                List<byte[]> more = new ArrayList<>(lines);
                more.add(first + random.nextInt(dataLines + 1), ascii("x".repeat(ONE_MEGABYTE)));
                yield new Damaged(joined(more), records + 1);
            }
            case "random-line" -> {
                List<byte[]> more = new ArrayList<>(lines);
                byte[] noise = new byte[1 + random.nextInt(200)];
                random.nextBytes(noise);
                for (int i = 0; i < noise.length; i++) {
                    if (noise[i] == '\n' || noise[i] == '\r' || noise[i] == '"') {
                        noise[i] = '?';
                    }
                }
                more.set(first + random.nextInt(dataLines), noise);
                yield new Damaged(joined(more), records);
            }
            case "random-bytes" -> {
                byte[] noise = new byte[1 + random.nextInt(8192)];
                random.nextBytes(noise);
                yield new Damaged(noise, -1);
            }
            case "empty" -> new Damaged(new byte[0], 0);
            case "header-only" -> new Damaged(joined(lines.subList(0, first)), 0);
            case "json-truncated-mid-object" -> {
                int from = indexOf(good, (byte) '{');
                int keep = from + 1 + random.nextInt(good.length - from - 2);
                yield new Damaged(Arrays.copyOf(good, keep), -1);
            }
            case "json-wrong-types" -> wrongTypes(good, random);
            case "json-empty-array" -> new Damaged(ascii("[]"), 0);
            default -> throw new IllegalStateException(name);
        };
    }

    private static Damaged oversizedField(byte[] good, List<byte[]> lines, int first, long records, Random random) {
        if (good.length > 0 && (good[0] == '[' || good[0] == '{')) {
            String text = new String(good, StandardCharsets.UTF_8);
            int quote = text.indexOf(":\"", random.nextInt(text.length() / 2));
            String big = text.substring(0, quote + 2) + "y".repeat(ONE_MEGABYTE) + text.substring(quote + 2);
            return new Damaged(big.getBytes(StandardCharsets.UTF_8), records);
        }
        List<byte[]> more = new ArrayList<>(lines);
        int line = first + random.nextInt(lines.size() - first);
        String text = new String(more.get(line), StandardCharsets.UTF_8);
        String[] fields = text.split(",", -1);
        int field = random.nextInt(fields.length);
        fields[field] = "\"" + "z".repeat(ONE_MEGABYTE) + "\"";
        more.set(line, String.join(",", fields).getBytes(StandardCharsets.UTF_8));
        return new Damaged(joined(more), records);
    }

    /** One field of one record gets a value of another JSON type: string to number, number to string, object to array. */
    private static Damaged wrongTypes(byte[] good, Random random) {
        try {
            JsonNode root = JSON.readTree(good);
            ArrayNode records = (ArrayNode) root;
            ObjectNode record = (ObjectNode) records.get(random.nextInt(records.size()));
            List<String> names = new ArrayList<>();
            record.fieldNames().forEachRemaining(names::add);
            String field = names.get(random.nextInt(names.size()));
            JsonNode value = record.get(field);
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            JsonNode wrong = value.isTextual() ? nodes.numberNode(12345)
                : value.isNumber() || value.isBoolean() ? nodes.textNode("not a " + value.getNodeType().name().toLowerCase())
                : value.isObject() ? nodes.arrayNode().add(1)
                : nodes.objectNode().put("unexpected", true);
            record.set(field, wrong);
            return new Damaged(JSON.writeValueAsBytes(root), records.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long jsonRecords(byte[] good) {
        try {
            return JSON.readTree(good).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Physical lines without their ends (LF, CRLF); a last line without an end counts. */
    static List<byte[]> lines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                lines.add(Arrays.copyOfRange(bytes, start, end));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return lines;
    }

    private static byte[] joined(List<byte[]> lines) {
        return withLineEnd(lines, "\n");
    }

    private static byte[] withLineEnd(List<byte[]> lines, String end) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.writeBytes(ascii(end));
        }
        return out.toByteArray();
    }

    private static int randomLetter(String text, Random random, int from) {
        for (int tries = 0; tries < 10_000; tries++) {
            int at = from + random.nextInt(text.length() - from);
            if (Character.isLetter(text.charAt(at)) && text.charAt(at) < 128) {
                return at;
            }
        }
        throw new IllegalStateException("no ASCII letter to accent");
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return 0;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return name;
    }
}
