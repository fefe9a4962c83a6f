package org.opendatasaveslives.odsl.serve.access;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.fuseki.access.SecurityContextView;
import org.apache.jena.graph.Node;

/** The graphs one user (or the anonymous user) may read, with who they are, for the audit log and the limits. */
public final class RoleView extends SecurityContextView {
    private final String user;
    private final Set<Role> roles;
    private final boolean readsRestricted;
    private final boolean readsEverything;
    private final Set<Node> readableGraphs;

    RoleView(String user, Set<Role> roles, Collection<Node> graphs, boolean readsRestricted, boolean readsEverything) {
        super(graphs);
        this.readableGraphs = Set.copyOf(graphs);
        this.user = user;
        this.roles = Set.copyOf(roles);
        this.readsRestricted = readsRestricted;
        this.readsEverything = readsEverything;
    }

    /** The user name, empty for the anonymous user. */
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    public boolean isAnonymous() {
        return user == null;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** The named graphs visible through this view. */
    public Set<Node> readableGraphs() {
        return readableGraphs;
    }

    /** Whether any restricted graph is visible through this view: queries through it are audited. */
    public boolean readsRestricted() {
        return readsRestricted;
    }

    /** Whether every named graph is visible (a database without restricted releases, or the safeguarding role). */
    public boolean readsEverything() {
        return readsEverything;
    }
}
