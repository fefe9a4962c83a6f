package org.opendatasaveslives.odsl.map;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipInputStream;

/**
 * Opens a source file as bytes, decompressed as the logical source says ({@code rml:compression}): gzip, zip or tar.gz
 * (the first file of the archive). Without a compression a {@code .gz} name is read as gzip.
 */
final class SourceInput {
    static final String GZIP = "gzip";
    static final String ZIP = "zip";
    static final String TARGZ = "targz";
    private static final int BUFFER = 1 << 16;
    private static final int TAR_BLOCK = 512;

    private SourceInput() {
    }

    static InputStream open(Path file, String compression) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        String c = compression != null ? compression
                : file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? GZIP : null;
        try {
            if (GZIP.equals(c)) {
                return new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
            }
            if (ZIP.equals(c)) {
                ZipInputStream zip = new ZipInputStream(in);
                if (zip.getNextEntry() == null) {
                    throw new IOException("the zip archive is empty");
                }
                return new BufferedInputStream(zip, BUFFER);
            }
            if (TARGZ.equals(c)) {
                return firstTarEntry(new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER));
            }
            return in;
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /** The content of the first regular file of a tar stream (POSIX/ustar headers of 512 bytes). */
    private static InputStream firstTarEntry(InputStream tar) throws IOException {
        while (true) {
            byte[] header = tar.readNBytes(TAR_BLOCK);
            if (header.length < TAR_BLOCK || header[0] == 0) {
                throw new IOException("the tar archive holds no file");
            }
            long size = Long.parseLong(new String(header, 124, 12, StandardCharsets.US_ASCII).replace("\0", "").trim(),
                    8);
            byte type = header[156];
            if (type == '0' || type == 0) {
                return new BoundedInputStream(tar, size);
            }
            tar.skipNBytes((size + TAR_BLOCK - 1) / TAR_BLOCK * TAR_BLOCK);
        }
    }

    /** The first {@code limit} bytes of a stream. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long left;

        BoundedInputStream(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
