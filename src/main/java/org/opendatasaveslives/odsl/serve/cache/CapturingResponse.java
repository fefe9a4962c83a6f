package org.opendatasaveslives.odsl.serve.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Passes a response through unchanged while keeping a copy of its body, up to a limit: past the limit, or after an
 * error or a redirect, the copy is abandoned and the response is only passed through, so a large answer still streams.
 */
final class CapturingResponse extends HttpServletResponseWrapper {
    private final int limit;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private boolean abandoned;
    private ServletOutputStream out;
    private PrintWriter writer;

    CapturingResponse(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /** The body written, or null when it was not kept whole. Flushes a writer the route left unflushed. */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return abandoned ? null : copy.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (out == null) {
            out = new Tee(super.getOutputStream());
        }
        return out;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        abandoned = true;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        abandoned = true;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        abandoned = true;
        super.sendRedirect(location);
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        copy.reset();
    }

    @Override
    public void reset() {
        super.reset();
        copy.reset();
    }

    private boolean room(int length) {
        if (!abandoned && copy.size() + length > limit) {
            abandoned = true;
            copy.reset();
        }
        return !abandoned;
    }

    private final class Tee extends ServletOutputStream {
        private final ServletOutputStream target;

        Tee(ServletOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
            if (room(1)) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target.write(bytes, offset, length);
            if (room(length)) {
                copy.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            target.close();
        }

        @Override
        public boolean isReady() {
            return target.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            target.setWriteListener(listener);
        }
    }
}
