package org.opendatasaveslives.odsl.serve.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a user of the server may read. Open graphs are readable by everyone; a restricted release is readable by the
 * agency roles its catalogue entry names with {@code odsl:readableBy} and by {@link #SAFEGUARDING}.
 */
public enum Role {
    /** Open graphs only, like an anonymous user, but with the authenticated users' timeout and no row cap. */
    RESEARCHER(null),
    POLICE("police"),
    HEALTH("health"),
    CARE("care"),
    /** Every graph, restricted releases of every agency included. */
    SAFEGUARDING(null);

    private final String agency;

    Role(String agency) {
        this.agency = agency;
    }

    /** The name used in users files and on the command line, e.g. {@code police}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The {@code odsl:readableBy} value of the restricted releases this role reads, if it is an agency role. */
    public Optional<String> agency() {
        return Optional.ofNullable(agency);
    }

    public static Role parse(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.id().equals(wanted)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role '" + id + "': expected one of " + allIds());
    }

    public static String allIds() {
        return Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "));
    }
}
