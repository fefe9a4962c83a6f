package org.opendatasaveslives.odsl.serve.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.fuseki.access.DataAccessCtl;
import org.apache.jena.fuseki.access.SecurityContext;
import org.apache.jena.fuseki.access.SecurityRegistry;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.opendatasaveslives.odsl.serve.ReadableDataset;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who reads what: one {@link RoleView} per user of the users file and one for anonymous requests, registered in
 * jena-fuseki-access's {@link SecurityRegistry} so that Fuseki's SPARQL and Graph Store endpoints apply them, and
 * offered to every other route as the {@link ReadableDataset} of a request.
 */
public final class AccessControl implements ReadableDataset {
    /** The registry key of anonymous requests; no user name can be empty. */
    private static final String ANONYMOUS = "";

    private final DatasetGraph dataset;
    private final ReleaseAccess releases;
    private final SecurityRegistry registry = new SecurityRegistry();

    public AccessControl(DatasetGraph dataset, ReleaseAccess releases, List<UserAccount> users) {
        this.dataset = dataset;
        this.releases = releases;
        registry.put(ANONYMOUS, view(null, Set.of()));
        for (UserAccount user : users) {
            registry.put(user.name(), view(user.name(), user.roles()));
        }
    }

    /** The dataset Fuseki serves: every query and Graph Store read through it is filtered by the user's view. */
    public DatasetGraph controlledDataset() {
        return DataAccessCtl.controlledDataset(dataset, registry);
    }

    /** How Fuseki's access-controlled operations name the user of a request: the anonymous user has a key too. */
    public Function<HttpAction, String> requestUser() {
        return action -> registryKey(action.getUser());
    }

    /** The view of a user authenticated under this name, or the anonymous view for {@code null}. */
    public RoleView viewFor(String user) {
        SecurityContext context = registry.get(registryKey(user));
        if (context instanceof RoleView view) {
            return view;
        }
        // Authenticated by Jetty yet absent from the registry cannot happen (both read the same users file); fail closed.
        throw new IllegalStateException("No access rule for an authenticated user");
    }

    /** The view of a request: the graphs its user reads, and their union as default graph, as SPARQL queries see it. */
    @Override
    public DatasetGraph forRequest(HttpServletRequest request) {
        return readable(viewFor(request.getRemoteUser()));
    }

    /** The graphs the request's user reads: users of the same roles share what pages read from the data. */
    @Override
    public Optional<Object> viewKey(HttpServletRequest request) {
        return Optional.of(viewFor(request.getRemoteUser()).readableGraphs());
    }

    /** What a user with this view reads: their graphs, and their union as default graph. */
    public DatasetGraph readable(RoleView view) {
        return new ReadableView(dataset, view);
    }

    public ReleaseAccess releases() {
        return releases;
    }

    private RoleView view(String user, Set<Role> roles) {
        Collection<Node> graphs = releases.readableBy(roles);
        boolean readsRestricted = graphs.stream().anyMatch(releases.restrictedGraphs()::contains);
        return new RoleView(user, roles, graphs, readsRestricted, graphs.size() == releases.graphCount());
    }

    private static String registryKey(String user) {
        return user == null ? ANONYMOUS : user;
    }
}
