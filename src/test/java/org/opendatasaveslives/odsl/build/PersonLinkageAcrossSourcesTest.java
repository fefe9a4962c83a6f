package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.generate.Agency;
import org.opendatasaveslives.odsl.generate.ClientLevelDataFiles;
import org.opendatasaveslives.odsl.generate.DemoDataGenerator;
import org.opendatasaveslives.odsl.generate.SyntheticPeople;
import org.opendatasaveslives.odsl.generate.SyntheticPerson;
import org.opendatasaveslives.odsl.store.Store;

/**
 * The demo's person-level releases (police DASH, hospital FHIR, council client-level data) built from one synthetic
 * population: a person in all three has one URI, the keyed pseudonym of their NHS number; another key gives other
 * URIs; and no NHS number, date of birth, name or police reference reaches the store, its dump, the build's output or
 * the rejects reports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonLinkageAcrossSourcesTest {
    static final String KEY = "person-linkage-test-key-not-for-deployment";
    static final String OTHER_KEY = "another-deployment-key-for-this-test";
    static final String CARE_RELEASE = "dhsc-asc-cld-leeds-2024-25";
    static final Node VICTIM = uri("https://odsl.org.uk/def/odsl/victim");
    static final Node PERPETRATOR = uri("https://odsl.org.uk/def/odsl/perpetrator");
    static final Node PATIENT = uri("https://odsl.org.uk/def/odsl/patient");
    static final Node CLIENT = uri("https://odsl.org.uk/def/odsl/client");

    @TempDir
    static Path tmp;
    Path data;
    Path db;
    String previousKeyFile;
    CliRun build;
    DemoPersonRecords records;

    @BeforeAll
    void buildPersonLevelReleases() throws Exception {
        data = tmp.resolve("data");
        db = tmp.resolve("db");
        DemoDataGenerator.generate(data, DemoDataGenerator.DEFAULT_SEED, DemoDataGenerator.DEFAULT_SCALE);
        records = DemoPersonRecords.read(data);
        previousKeyFile = System.getProperty(TestKeys.PROPERTY);
        build = buildWithKey(KEY, db, personLevelReleases());
        assertEquals(0, build.exitCode(), build.all());
    }

    @AfterAll
    void restoreKey() {
        TestKeys.restore(previousKeyFile);
    }

    @Test
    void aPersonInAllThreeSourcesHasOneUri() throws Exception {
        Set<Node> police = objects(VICTIM, PERPETRATOR);
        Set<Node> health = objects(PATIENT);
        Set<Node> care = objects(CLIENT);
        Set<String> inAllFiles = new HashSet<>(records.careEventStarts.keySet());
        inAllFiles.retainAll(records.emergencyAttendances.keySet().stream().filter(n -> n != null).toList());
        inAllFiles.retainAll(records.dashNhsNumbers());
        assertTrue(inAllFiles.size() >= 10, "people in all three files: " + inAllFiles.size());
        for (String nhsNumber : inAllFiles) {
            Node person = uri("https://odsl.org.uk/id/person/" + TestKeys.hmac(KEY, nhsNumber));
            assertTrue(police.contains(person) && health.contains(person) && care.contains(person),
                "the police, hospital and council records of one person meet at " + person.getURI());
        }
    }

    @Test
    void anotherKeyGivesOtherUrisForTheSamePeople() throws Exception {
        Path otherDb = tmp.resolve("other-key-db");
        CliRun other = buildWithKey(OTHER_KEY, otherDb, List.of(CARE_RELEASE));
        assertEquals(0, other.exitCode(), other.all());
        Set<Node> withKey = clients(db);
        Set<Node> withOtherKey = clients(otherDb);
        assertEquals(withKey.size(), withOtherKey.size(), "the same people");
        Set<Node> shared = new HashSet<>(withKey);
        shared.retainAll(withOtherKey);
        assertEquals(Set.of(), shared, "no person URI survives a change of key");
    }

    @Test
    void noRawIdentifierOrBirthDateReachesTheStoreItsDumpTheOutputOrTheRejects() throws Exception {
        StringBuilder everything = new StringBuilder(dump(db)).append(build.all());
        try (Stream<Path> reports = Files.list(db.resolveSibling(db.getFileName() + "-reports"))) {
            for (Path report : reports.toList()) {
                everything.append(Files.readString(report));
            }
        }
        String text = everything.toString();
        List<String> leaks = new ArrayList<>();
        DateTimeFormatter dayFirst = ClientLevelDataFiles.DATE;
        for (SyntheticPerson person : SyntheticPeople.generate(DemoDataGenerator.DEFAULT_SEED, DemoDataGenerator.DEFAULT_SCALE)) {
            String n = person.nhsNumber();
            List<String> secrets = new ArrayList<>(List.of(n, n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6),
                person.policeReference()));
            for (Agency agency : Agency.values()) {
                SyntheticPerson.Recorded recorded = person.recordedBy(agency);
                secrets.add(recorded.birthDate().toString());
                secrets.add(recorded.birthDate().format(dayFirst));
                secrets.add(recorded.givenName() + " " + recorded.familyName());
            }
            secrets.stream().filter(text::contains).forEach(leaks::add);
        }
        assertEquals(List.of(), leaks);
        assertTrue(text.contains("https://odsl.org.uk/id/person/"), "the scan covered the person-level data");
    }

    private CliRun buildWithKey(String key, Path database, List<String> releases) throws Exception {
        Path keyFile = Files.writeString(tmp.resolve(key + ".key"), key);
        System.setProperty(TestKeys.PROPERTY, keyFile.toString());
        List<String> args = new ArrayList<>(List.of("build", "--catalog", "catalogs/demo.ttl", "--data", data.toString(),
            "--db", database.toString()));
        releases.forEach(release -> args.addAll(List.of("--release", release)));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<String> personLevelReleases() throws Exception {
        return Files.readAllLines(Path.of("catalogs/demo.ttl")).stream()
            .filter(line -> line.matches("<(police-dash|fhir|dhsc-asc-cld)-[^>]*> a dcat:Dataset ;"))
            .map(line -> line.substring(1, line.indexOf('>'))).toList();
    }

    private Set<Node> objects(Node... predicates) throws Exception {
        return objectsIn(db, Node.ANY, predicates);
    }

    /** The clients of the Leeds care release. */
    private static Set<Node> clients(Path database) throws Exception {
        return objectsIn(database, uri("https://odsl.org.uk/graph/" + CARE_RELEASE), CLIENT);
    }

    private static Set<Node> objectsIn(Path database, Node graph, Node... predicates) throws Exception {
        DatasetGraph dsg = Store.open(database);
        try {
            return Txn.calculateRead(dsg, () -> {
                Set<Node> found = new HashSet<>();
                for (Node predicate : predicates) {
                    dsg.find(graph, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> found.add(q.getObject()));
                }
                return found;
            });
        } finally {
            Store.close(dsg);
        }
    }

    private static String dump(Path database) throws Exception {
        DatasetGraph dsg = Store.open(database);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, Lang.NQUADS));
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            Store.close(dsg);
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
