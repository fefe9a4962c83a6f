package org.opendatasaveslives.odsl.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where the deployment's pseudonymisation key comes from: the file named by {@value PseudonymFunction#KEY_FILE_VARIABLE}
 * (or the system property {@value PseudonymFunction#KEY_FILE_PROPERTY}). A demonstration that has none makes a random
 * key of its own with {@link #useOrCreate(Path)}; its person URIs then link only within that installation.
 */
public final class PseudonymKey {
    private static final int KEY_BYTES = 32;

    private PseudonymKey() {
    }

    /** Whether the deployment names a key file. */
    public static boolean configured() {
        String file = System.getProperty(PseudonymFunction.KEY_FILE_PROPERTY, System.getenv(PseudonymFunction.KEY_FILE_VARIABLE));
        return file != null && !file.isBlank();
    }

    /** Uses the key in this file for the rest of the run, first writing a random one (readable by the owner only) if absent. */
    public static void useOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, HexFormat.of().formatHex(key) + "\n", StandardCharsets.UTF_8);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }
        System.setProperty(PseudonymFunction.KEY_FILE_PROPERTY, file.toAbsolutePath().toString());
    }
}
