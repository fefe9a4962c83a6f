package org.opendatasaveslives.odsl.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeStartErrorsTest {
    @TempDir
    Path temp;

    @Test
    void aMissingOrBrokenUsersFileStopsTheStartAndIsNamed() throws Exception {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        Path missing = temp.resolve("no-users.txt");
        ServeException absent = assertThrows(ServeException.class,
            () -> OdslServer.start(ServeConfig.forDataset(dataset).port(0).users(missing).build()));
        assertTrue(absent.getMessage().contains(missing.toString()) && absent.getMessage().contains("odsl user add"),
            absent.getMessage());
        Path broken = Files.writeString(temp.resolve("users.txt"), "alice police password123\n");
        ServeException malformed = assertThrows(ServeException.class,
            () -> OdslServer.start(ServeConfig.forDataset(dataset).port(0).users(broken).build()));
        assertTrue(malformed.getMessage().contains(broken + " line 1: the password hash is not of the form"), malformed.getMessage());
        assertTrue(!malformed.getMessage().contains("password123"), "the message must not repeat the secret");
    }

    @Test
    void missingDatabaseFolderIsNamed() {
        Path missing = temp.resolve("no-such-db");
        ServeException error = assertThrows(ServeException.class, () -> start(missing, 0));
        assertTrue(error.getMessage().contains(missing.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
        assertTrue(error.getMessage().contains("odsl build"), error.getMessage());
    }

    @Test
    void fileInsteadOfFolderIsRefused() throws Exception {
        Path file = Files.writeString(temp.resolve("data.ttl"), "<urn:x:s> <urn:x:p> 1 .");
        ServeException error = assertThrows(ServeException.class, () -> start(file, 0));
        assertTrue(error.getMessage().contains(file + " is a file, not a folder"), error.getMessage());
    }

    @Test
    void folderWithoutTdb2DatabaseIsRefusedAndLeftEmpty() throws Exception {
        Path empty = Files.createDirectory(temp.resolve("empty"));
        ServeException error = assertThrows(ServeException.class, () -> start(empty, 0));
        assertTrue(error.getMessage().contains(empty + " is not a TDB2 database"), error.getMessage());
        try (var children = Files.list(empty)) {
            assertEquals(0, children.count(), "no database may be created in the folder");
        }
    }

    @Test
    void tdb1DatabaseIsRecognised() throws Exception {
        Path tdb1 = Files.createDirectory(temp.resolve("tdb1"));
        Files.createFile(tdb1.resolve("nodes.dat"));
        ServeException error = assertThrows(ServeException.class, () -> start(tdb1, 0));
        assertTrue(error.getMessage().contains("TDB1"), error.getMessage());
    }

    @Test
    void databaseLockedByAnotherProcessIsReported() throws Exception {
        Path database = temp.resolve("locked");
        try (LockingProcess other = LockingProcess.lock(database)) {
            ServeException error = assertThrows(ServeException.class, () -> start(database, 0));
            assertTrue(error.getMessage().contains(database + " is in use by another process"), error.getMessage());
            assertTrue(error.getMessage().contains("tdb.lock"), error.getMessage());
        }
    }

    @Test
    void portInUseIsReported() throws Exception {
        Path database = createDatabase("busy-port");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(ServeConfig.DEFAULT_HOST))) {
            ServeException error = assertThrows(ServeException.class, () -> start(database, taken.getLocalPort()));
            assertTrue(error.getMessage().contains("127.0.0.1:" + taken.getLocalPort()), error.getMessage());
            assertTrue(error.getMessage().contains("--port"), error.getMessage());
        }
        // The failed start released the database: it can be served now.
        start(database, 0).stop();
    }

    @Test
    void databaseOnDiskIsServedAndReleasedOnStop() throws Exception {
        Path database = createDatabase("on-disk");
        OdslServer server = start(database, 0);
        try {
            String query = URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8);
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + query)).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("n\r\n1\r\n", response.body());
        } finally {
            server.stop();
        }
        // Another process can now take the database.
        try (LockingProcess other = LockingProcess.lock(database)) {
            assertThrows(ServeException.class, () -> start(database, 0));
        }
    }

    private Path createDatabase(String name) {
        Path folder = temp.resolve(name);
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(folder.toString());
        Txn.executeWrite(dataset, () -> dataset.add(new Quad(NodeFactory.createURI("https://odsl.org.uk/graph/test"),
                NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("o"))));
        TDBInternal.expel(dataset);
        return folder;
    }

    private static OdslServer start(Path database, int port) {
        return OdslServer.start(ServeConfig.forDatabase(database)
                .port(port)
                .exampleQueries(ExampleQueries.onClasspath("serve/queries"))
                .build());
    }
}
