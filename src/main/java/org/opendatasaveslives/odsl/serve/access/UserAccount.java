package org.opendatasaveslives.odsl.serve.access;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** One user of the server: a name, the roles granting what they read, and their password's hash. */
public record UserAccount(String name, Set<Role> roles, PasswordHash password) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    public UserAccount {
        checkName(name);
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("User " + name + " has no role: give at least one of " + Role.allIds());
        }
        roles = Set.copyOf(roles);
        Objects.requireNonNull(password, "password");
    }

    public static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("User name '" + name + "' is not valid: expected 1 to 64 letters, digits,"
                    + " '.', '_', '@' or '-', starting with a letter or digit");
        }
    }
}
