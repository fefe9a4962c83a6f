package org.opendatasaveslives.odsl.serve.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The users file: one user a line, {@code NAME ROLE[,ROLE...] pbkdf2-sha256:ITERATIONS:SALT:HASH}, fields separated
 * by spaces or tabs; blank lines and lines starting with {@code #} are ignored. Written by {@code odsl user add}.
 */
public final class UsersFile {
    private static final String HEADER = """
            # ODSL Graph users: NAME ROLES PASSWORD-HASH (PBKDF2-HMAC-SHA256). Roles: %s.
            # Add or change a user with: odsl user add NAME --role ROLE --users THIS-FILE
            """;

    private UsersFile() {
    }

    /**
     * Reads every user.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed entry, an unknown role or a repeated name
     */
    public static List<UserAccount> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the users file " + file + ": " + e.getMessage(), e);
        }
        Map<String, UserAccount> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + " line " + (i + 1);
            UserAccount user = parse(line, where);
            if (users.putIfAbsent(user.name(), user) != null) {
                throw new IllegalArgumentException(where + ": user " + user.name() + " is listed twice");
            }
        }
        return List.copyOf(users.values());
    }

    /** Adds the user, or replaces the entry of the user of that name, writing the file atomically (owner-only where supported). */
    public static void put(Path file, UserAccount user) {
        List<UserAccount> users = Files.exists(file) ? new ArrayList<>(read(file)) : new ArrayList<>();
        users.removeIf(u -> u.name().equals(user.name()));
        users.add(user);
        StringBuilder text = new StringBuilder(String.format(HEADER, Role.allIds()));
        for (UserAccount u : users) {
            text.append(line(u)).append('\n');
        }
        write(file, text.toString());
    }

    static String line(UserAccount user) {
        String roles = user.roles().stream().sorted().map(Role::id).collect(Collectors.joining(","));
        return user.name() + "\t" + roles + "\t" + user.password();
    }

    private static UserAccount parse(String line, String where) {
        String[] fields = line.split("\\s+");
        if (fields.length != 3) {
            throw new IllegalArgumentException(where + ": expected NAME ROLES PASSWORD-HASH, found " + fields.length
                    + " field(s)");
        }
        try {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String role : fields[1].split(",")) {
                roles.add(Role.parse(role));
            }
            return new UserAccount(fields[0], roles, PasswordHash.parse(fields[2]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            Path temporary = Files.createTempFile(absolute.getParent(), ".users", ".tmp");
            try {
                ownerOnly(temporary);
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the users file " + absolute + ": " + e.getMessage(), e);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
