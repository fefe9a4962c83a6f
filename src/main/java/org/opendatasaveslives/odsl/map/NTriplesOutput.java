package org.opendatasaveslives.odsl.map;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * A fast N-Triples writer: triples as N-Triples lines, quads in a named graph as N-Quads lines. It encodes UTF-8
 * straight into its own buffer, escapes only what the grammar requires (plus control characters, for readability),
 * and keeps the encoded bytes of recently written nodes, so the nodes a mapping repeats on every record (predicates,
 * classes, constants: the same {@link Node} objects each time) are encoded once. {@link #finish()} flushes; the caller
 * closes the output stream.
 */
public final class NTriplesOutput implements StreamRDF {
    private static final int BUFFER_SIZE = 1 << 16;
    /** Slots of the encoded-node cache (a power of two); a slot holds the last node that hashed to it. */
    private static final int CACHE_SLOTS = 256;
    private static final int MAX_CACHED_BYTES = 512;
    // Plain strings, not Jena's vocabulary constants: touching those before Jena has initialised breaks its start-up.
    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
    private static final String RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";
    private static final byte[] HEX = "0123456789ABCDEF".getBytes();
    /** ASCII characters an IRI or a literal's lexical form writes as they are; the others are escaped. */
    private static final boolean[] IRI_PLAIN = plain('!', "<>\"{}|^`\\");
    private static final boolean[] LITERAL_PLAIN = plain(' ', "\"\\");

    private final OutputStream out;
    private final byte[] buf = new byte[BUFFER_SIZE];
    private int pos;
    private int flushes;
    private final Object[] cachedKeys = new Object[CACHE_SLOTS];
    private final byte[][] cachedBytes = new byte[CACHE_SLOTS][];
    private final int[] lastFlushes = new int[CACHE_SLOTS];
    private final int[] lastBegin = new int[CACHE_SLOTS];
    private final int[] lastEnd = new int[CACHE_SLOTS];

    public NTriplesOutput(OutputStream out) {
        this.out = Objects.requireNonNull(out);
    }

    @Override
    public void start() {
    }

    @Override
    public void triple(Triple triple) {
        node(triple.getSubject());
        node(triple.getPredicate());
        node(triple.getObject());
        endLine();
    }

    @Override
    public void quad(Quad quad) {
        node(quad.getSubject());
        node(quad.getPredicate());
        node(quad.getObject());
        if (!quad.isDefaultGraph()) {
            node(quad.getGraph());
        }
        endLine();
    }

    @Override
    public void base(String base) {
    }

    @Override
    public void prefix(String prefix, String iri) {
    }

    @Override
    public void finish() {
        flush();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a node and the space after it. A node object written twice in a row in its cache slot keeps its bytes
     * there: the second time they are copied from where the first time left them in the buffer, if they are still
     * there, and every later time from the cache. Most nodes written once (literals) are never copied.
     */
    private void node(Node n) {
        int slot = System.identityHashCode(n) & (CACHE_SLOTS - 1);
        if (cachedKeys[slot] == n) {
            byte[] cached = cachedBytes[slot];
            if (cached == null && lastFlushes[slot] == flushes && lastEnd[slot] - lastBegin[slot] <= MAX_CACHED_BYTES) {
                cached = Arrays.copyOfRange(buf, lastBegin[slot], lastEnd[slot]);
                cachedBytes[slot] = cached;
            }
            if (cached != null) {
                put(cached);
                return;
            }
        }
        int begin = pos;
        int flushesBefore = flushes;
        if (n.isURI()) {
            iri(n.getURI());
        } else if (n.isLiteral()) {
            literal(n);
        } else if (n.isBlank()) {
            ascii("_:");
            ascii(NodeFmtLib.encodeBNodeLabel(n.getBlankNodeLabel()));
        } else {
            throw new IllegalArgumentException("N-Triples cannot write " + n);
        }
        byte1(' ');
        cachedKeys[slot] = n;
        cachedBytes[slot] = null;
        // Where its bytes are, unless the buffer was flushed while they were written.
        lastFlushes[slot] = flushes == flushesBefore ? flushes : -1;
        lastBegin[slot] = begin;
        lastEnd[slot] = pos;
    }

    private void iri(String iri) {
        byte1('<');
        int len = iri.length();
        int i = copyPlain(iri, IRI_PLAIN);
        for (; i < len; i++) {
            char c = iri.charAt(i);
            if (c < 0x80 && IRI_PLAIN[c]) {
                byte1(c);
            } else if (c >= 0x80) {
                i = utf8(iri, i, c);
            } else {
                uchar(c);
            }
        }
        byte1('>');
    }

    /**
     * Copies the longest prefix of {@code s} whose characters are all plain ASCII for this table in one block (most
     * IRIs and lexical forms are nothing else), and returns where it stops.
     */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) copies chars' low bytes: exact for ASCII, and fast
    private int copyPlain(String s, boolean[] plain) {
        int len = s.length();
        int end = 0;
        while (end < len) {
            char c = s.charAt(end);
            if (c >= 0x80 || !plain[c]) {
                break;
            }
            end++;
        }
        if (end > 0) {
            room(end);
            if (end > buf.length) {
                for (int i = 0; i < end; i++) {
                    byte1(s.charAt(i));
                }
            } else {
                s.getBytes(0, end, buf, pos);
                pos += end;
            }
        }
        return end;
    }

    private void literal(Node n) {
        byte1('"');
        String lex = n.getLiteralLexicalForm();
        for (int i = copyPlain(lex, LITERAL_PLAIN), len = lex.length(); i < len; i++) {
            char c = lex.charAt(i);
            if (c >= ' ' && c < 0x7F) {
                if (c == '"' || c == '\\') {
                    byte1('\\');
                }
                byte1(c);
            } else if (c >= 0x80) {
                i = utf8(lex, i, c);
            } else {
                control(c);
            }
        }
        byte1('"');
        String lang = n.getLiteralLanguage();
        String dt = n.getLiteralDatatypeURI();
        if (lang != null && !lang.isEmpty()) {
            byte1('@');
            ascii(lang);
            TextDirection dir = n.getLiteralBaseDirection();
            if (dir != null) {
                ascii("--");
                ascii(dir.direction());
            }
        } else if (dt != null && !dt.equals(XSD_STRING) && !dt.equals(RDF_LANG_STRING)) {
            ascii("^^");
            iri(dt);
        }
    }

    private void control(char c) {
        switch (c) {
            case '\n' -> ascii("\\n");
            case '\r' -> ascii("\\r");
            case '\t' -> ascii("\\t");
            case '\b' -> ascii("\\b");
            case '\f' -> ascii("\\f");
            default -> uchar(c);
        }
    }

    /** Writes the escape UCHAR: a backslash, "u" and four hex digits. */
    private void uchar(char c) {
        room(6);
        buf[pos++] = '\\';
        buf[pos++] = 'u';
        buf[pos++] = HEX[(c >> 12) & 0xF];
        buf[pos++] = HEX[(c >> 8) & 0xF];
        buf[pos++] = HEX[(c >> 4) & 0xF];
        buf[pos++] = HEX[c & 0xF];
    }

    /** UTF-8 of the non-ASCII character at {@code i}; returns the index of its last char (surrogate pairs). */
    private int utf8(String s, int i, char c) {
        room(4);
        if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | (c >> 6));
            buf[pos++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            buf[pos++] = (byte) (0xF0 | (cp >> 18));
            buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buf[pos++] = (byte) (0x80 | (cp & 0x3F));
            return i + 1;
        } else if (Character.isSurrogate(c)) {
            buf[pos++] = '?'; // a lone surrogate has no UTF-8 form: the JDK's encoders write '?' too
        } else {
            buf[pos++] = (byte) (0xE0 | (c >> 12));
            buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[pos++] = (byte) (0x80 | (c & 0x3F));
        }
        return i;
    }

    private static boolean[] plain(char first, String escaped) {
        boolean[] plain = new boolean[0x80];
        for (char c = first; c < 0x7F; c++) {
            plain[c] = escaped.indexOf(c) < 0;
        }
        return plain;
    }

    private void endLine() {
        room(2);
        buf[pos++] = '.';
        buf[pos++] = '\n';
    }

    private void ascii(String s) {
        for (int i = 0, len = s.length(); i < len; i++) {
            byte1(s.charAt(i));
        }
    }

    private void byte1(char c) {
        if (pos == buf.length) {
            flush();
        }
        buf[pos++] = (byte) c;
    }

    private void put(byte[] bytes) {
        room(bytes.length);
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    private void room(int n) {
        if (pos + n > buf.length) {
            flush();
        }
    }

    private void flush() {
        try {
            out.write(buf, 0, pos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pos = 0;
        flushes++;
    }
}
