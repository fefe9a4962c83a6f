package org.opendatasaveslives.odsl.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The progress of publishing a database to one target, kept in {@code DB/publish-state/TARGET.json} (TARGET: the
 * first 16 hex digits of the SHA-256 of the endpoint URL, which the file also holds). It is rewritten, atomically,
 * after every batch the target confirms.
 */
public final class PublishState {
    static final String FOLDER = "publish-state";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private record Saved(String target, Map<String, GraphProgress> graphs) {
    }

    private final Path file;
    private final String target;
    private final Map<String, GraphProgress> graphs;

    private PublishState(Path file, String target, Map<String, GraphProgress> graphs) {
        this.file = file;
        this.target = target;
        this.graphs = new TreeMap<>(graphs);
    }

    /** The saved progress for this target, or none when {@code restart} or never published there. */
    public static PublishState open(Path db, GraphStoreUrl target, boolean restart) throws PublishException {
        Path file = db.resolve(FOLDER).resolve(HexFormat.of().formatHex(sha256(target.toString()), 0, 8) + ".json");
        if (restart || !Files.exists(file)) {
            return new PublishState(file, target.toString(), Map.of());
        }
        try {
            Saved saved = JSON.readValue(file.toFile(), Saved.class);
            return new PublishState(file, target.toString(), saved.graphs() == null ? Map.of() : saved.graphs());
        } catch (IOException e) {
            throw new PublishException("cannot read the publish state " + file + " (" + e.getMessage()
                + "): delete it or pass --restart to publish every graph again");
        }
    }

    public Path file() {
        return file;
    }

    Optional<GraphProgress> progress(String graph) {
        return Optional.ofNullable(graphs.get(graph));
    }

    void record(String graph, GraphProgress progress) throws PublishException {
        graphs.put(graph, progress);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.createDirectories(file.getParent());
            Files.write(partial, JSON.writeValueAsString(new Saved(target, graphs)).getBytes(StandardCharsets.UTF_8));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new PublishException("cannot write the publish state " + file + ": " + e.getMessage());
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
