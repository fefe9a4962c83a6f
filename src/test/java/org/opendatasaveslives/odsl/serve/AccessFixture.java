package org.opendatasaveslives.odsl.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.opendatasaveslives.odsl.serve.access.PasswordHash;
import org.opendatasaveslives.odsl.serve.access.ReleaseAccess;
import org.opendatasaveslives.odsl.serve.access.Role;
import org.opendatasaveslives.odsl.serve.access.UserAccount;
import org.opendatasaveslives.odsl.serve.access.UsersFile;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * A small dataset with open and restricted releases as the build writes them (tier and readable-by agencies inside
 * each release's graph), a users file with one user per role, and an HTTP client that logs in as any of them.
 */
final class AccessFixture {
    static final String GRAPH_BASE = "https://odsl.org.uk/graph/";
    static final Node MARKER = Odsl.term("marker");
    static final String NONEXISTENT = GRAPH_BASE + "no-such-release";
    /** Cheap hashes keep the test fast; the file format and the check are the same as with the default count. */
    static final int TEST_ITERATIONS = PasswordHash.MINIMUM_ITERATIONS;

    /** One named graph of the test data. {@code agencies} is empty for open graphs and for safeguarding-only ones. */
    record Release(String name, boolean restricted, Set<String> agencies, int things) {
        Node graph() {
            return NodeFactory.createURI(GRAPH_BASE + name);
        }

        String uri() {
            return graph().getURI();
        }

        /** The text of the release's data literals: "SECRET-..." in restricted releases, never seen by others. */
        String markerPrefix() {
            return (restricted ? "SECRET-" : "OPEN-") + name + "-";
        }

        List<Quad> quads() {
            List<Quad> quads = new ArrayList<>();
            Node dataset = NodeFactory.createURI("https://odsl.org.uk/id/dataset/" + name);
            if (!name.equals("derived")) {
                quads.add(Quad.create(graph(), dataset, Odsl.ACCESS_TIER, restricted ? Odsl.RESTRICTED : Odsl.OPEN));
            }
            agencies.forEach(a -> quads.add(Quad.create(graph(), dataset, ReleaseAccess.READABLE_BY,
                    NodeFactory.createLiteralString(a))));
            for (int i = 0; i < things; i++) {
                quads.add(Quad.create(graph(), NodeFactory.createURI("https://odsl.org.uk/id/thing/" + name + "-" + i),
                        MARKER, NodeFactory.createLiteralString(markerPrefix() + i)));
            }
            // An RDF list of two members, for list:member, a property function reading the graph itself.
            Node second = NodeFactory.createURI(list().getURI() + "/1");
            quads.add(Quad.create(graph(), list(), RDF.Nodes.first, NodeFactory.createLiteralString(markerPrefix() + "list-0")));
            quads.add(Quad.create(graph(), list(), RDF.Nodes.rest, second));
            quads.add(Quad.create(graph(), second, RDF.Nodes.first, NodeFactory.createLiteralString(markerPrefix() + "list-1")));
            quads.add(Quad.create(graph(), second, RDF.Nodes.rest, RDF.Nodes.nil));
            return quads;
        }

        Node list() {
            return NodeFactory.createURI("https://odsl.org.uk/id/list/" + name);
        }
    }

    static final Release OPEN_CRIME = new Release("police-street-open", false, Set.of(), 3);
    static final Release DERIVED = new Release("derived", false, Set.of(), 2);
    static final Release POLICE_DASH = new Release("police-dash-restricted", true, Set.of("police"), 4);
    static final Release HEALTH_PATIENTS = new Release("health-patients-restricted", true, Set.of("health"), 2);
    static final Release CARE_CLIENTS = new Release("care-clients-restricted", true, Set.of("care", "health"), 3);
    static final Release SAFEGUARDING_ONLY = new Release("mash-referrals-restricted", true, Set.of(), 2);
    static final List<Release> RELEASES = List.of(OPEN_CRIME, DERIVED, POLICE_DASH, HEALTH_PATIENTS, CARE_CLIENTS,
            SAFEGUARDING_ONLY);

    /** Who makes a request: the anonymous user, one user per role, and a known user with a wrong password. */
    enum Who {
        ANONYMOUS(null, Set.of()),
        RESEARCHER("rita", EnumSet.of(Role.RESEARCHER)),
        POLICE("pc-paul", EnumSet.of(Role.POLICE)),
        HEALTH("dr-hana", EnumSet.of(Role.HEALTH)),
        CARE("carl", EnumSet.of(Role.CARE)),
        SAFEGUARDING("sam", EnumSet.of(Role.SAFEGUARDING)),
        WRONG_PASSWORD("pc-paul", EnumSet.of(Role.POLICE));

        final String user;
        final Set<Role> roles;

        Who(String user, Set<Role> roles) {
            this.user = user;
            this.roles = roles;
        }

        String password() {
            return this == WRONG_PASSWORD ? "not the password at all" : "correct horse " + user;
        }

        boolean authenticates() {
            return this != WRONG_PASSWORD;
        }

        boolean mayRead(Release release) {
            if (!release.restricted()) {
                return true;
            }
            return roles.contains(Role.SAFEGUARDING)
                    || roles.stream().anyMatch(r -> r.agency().map(release.agencies()::contains).orElse(false));
        }

        boolean readsRestricted() {
            return RELEASES.stream().anyMatch(r -> r.restricted() && mayRead(r));
        }

        List<Release> readable() {
            return RELEASES.stream().filter(this::mayRead).toList();
        }
    }

    private AccessFixture() {
    }

    static DatasetGraph dataset() {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dataset, () -> RELEASES.forEach(r -> r.quads().forEach(dataset::add)));
        return dataset;
    }

    static Path writeUsers(Path file) {
        Map<String, Who> users = new LinkedHashMap<>();
        for (Who who : Who.values()) {
            if (who.user != null && who.authenticates()) {
                users.put(who.user, who);
            }
        }
        users.values().forEach(who -> UsersFile.put(file, new UserAccount(who.user, who.roles,
                PasswordHash.of(who.password().toCharArray(), TEST_ITERATIONS))));
        return file;
    }

    static final class Client {
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> send(Who who, HttpRequest.Builder request) throws IOException, InterruptedException {
            if (who.user != null) {
                String credentials = who.user + ":" + who.password();
                request.header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            }
            HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
            try {
                return http.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // A refused request can close a pooled connection under the next one: retry once on a fresh one.
                return HttpClient.newHttpClient().send(built, HttpResponse.BodyHandlers.ofString());
            }
        }

        HttpResponse<String> get(Who who, String url, String accept) throws IOException, InterruptedException {
            return send(who, HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
        }
    }
}
