package org.opendatasaveslives.odsl.serve.access;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The audit file: one JSON object a line for every request that could read restricted data, with who, when, the route,
 * the query text, how many results were sent, the HTTP status and the duration; never the results themselves.
 * <pre>
 * {"time":"2026-11-23T00:12:03.120Z","user":"pc1234","roles":["police"],"route":"POST /odsl/sparql",
 *  "query":"SELECT ...","results":12,"status":200,"durationMs":41}
 * </pre>
 */
public final class AuditLog implements Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Writer out;

    private AuditLog(Path file, Writer out) {
        this.file = file;
        this.out = out;
    }

    /** Opens the file for appending, creating it (readable by its owner only, where supported) and its folder. */
    public static AuditLog open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            if (!Files.exists(absolute)) {
                Files.createFile(absolute);
                if (absolute.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(absolute, PosixFilePermissions.fromString("rw-------"));
                }
            }
            return new AuditLog(absolute, Files.newBufferedWriter(absolute, StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the audit log " + absolute + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Appends one entry and flushes it, so that an entry is on disk when the response is.
     *
     * @param results rows (SELECT), triples or quads (CONSTRUCT, DESCRIBE, Graph Store) or 1 (ASK) sent; -1 when
     *                nothing was sent because the request failed
     */
    public void record(RoleView view, String route, String query, long results, int status, long durationMillis) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("time", Instant.now().toString());
        entry.put("user", view.user().orElse(null));
        entry.put("roles", view.roles().stream().map(Role::id).sorted().toList());
        entry.put("route", route);
        entry.put("query", query);
        entry.put("results", results);
        entry.put("status", status);
        entry.put("durationMs", durationMillis);
        String line;
        try {
            line = JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an audit entry as JSON: " + e.getMessage(), e);
        }
        synchronized (this) {
            try {
                out.write(line);
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write to the audit log " + file + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
