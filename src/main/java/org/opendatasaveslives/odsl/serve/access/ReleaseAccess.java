package org.opendatasaveslives.odsl.serve.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * Which named graphs of the served dataset are restricted and to which agencies, read from the data when the server
 * starts. A graph is restricted when it holds {@code odsl:accessTier odsl:Restricted} (the build copies each
 * release's catalogue entry, tier and {@code odsl:readableBy} included, into the release's graph); every other graph
 * (open releases, the derived graph, the ontology) is open.
 */
public final class ReleaseAccess {
    public static final Node READABLE_BY = Odsl.term("readableBy");

    private final Set<Node> openGraphs;
    private final Map<Node, Set<String>> restrictedGraphs;

    private ReleaseAccess(Set<Node> openGraphs, Map<Node, Set<String>> restrictedGraphs) {
        this.openGraphs = Set.copyOf(openGraphs);
        this.restrictedGraphs = Map.copyOf(restrictedGraphs);
    }

    public static ReleaseAccess of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Map<Node, Set<String>> restricted = new HashMap<>();
            Iter.forEach(dataset.find(Node.ANY, Node.ANY, Odsl.ACCESS_TIER, Odsl.RESTRICTED), quad -> {
                if (!Quad.isDefaultGraph(quad.getGraph())) {
                    restricted.put(quad.getGraph(), new HashSet<>());
                }
            });
            Iter.forEach(dataset.find(Node.ANY, Node.ANY, READABLE_BY, Node.ANY), quad -> {
                Set<String> agencies = restricted.get(quad.getGraph());
                if (agencies != null && quad.getObject().isLiteral()) {
                    agencies.add(quad.getObject().getLiteralLexicalForm().strip());
                }
            });
            Set<Node> open = new LinkedHashSet<>();
            Iter.forEach(dataset.listGraphNodes(), graph -> {
                if (!restricted.containsKey(graph)) {
                    open.add(graph);
                }
            });
            return new ReleaseAccess(open, restricted);
        });
    }

    public boolean hasRestrictedGraphs() {
        return !restrictedGraphs.isEmpty();
    }

    public Set<Node> restrictedGraphs() {
        return restrictedGraphs.keySet();
    }

    /** How many named graphs the dataset holds. */
    public int graphCount() {
        return openGraphs.size() + restrictedGraphs.size();
    }

    /** The graphs a user with these roles reads; no roles means an anonymous user. */
    public Collection<Node> readableBy(Set<Role> roles) {
        List<Node> graphs = new ArrayList<>(openGraphs);
        restrictedGraphs.forEach((graph, agencies) -> {
            if (roles.stream().anyMatch(role -> mayRead(role, agencies))) {
                graphs.add(graph);
            }
        });
        return graphs;
    }

    private static boolean mayRead(Role role, Set<String> agencies) {
        return role == Role.SAFEGUARDING || role.agency().map(agencies::contains).orElse(false);
    }
}
