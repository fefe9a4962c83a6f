package org.opendatasaveslives.odsl.serve;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleQueriesTest {
    private static final URI SOURCE = URI.create("file:/queries/q.rq");

    @TempDir
    Path temp;

    @Test
    void headerGivesTitleAndQuestion() {
        ExampleQuery query = ExampleQueries.parse("crime", """
                # Title: Crimes per month
                # Question: How many crimes were recorded each month?
                # Source: police.uk
                SELECT * WHERE { ?s ?p ?o }
                """, SOURCE);
        assertEquals("crime", query.name());
        assertEquals("Crimes per month", query.title());
        assertEquals("How many crimes were recorded each month?", query.question());
        assertTrue(query.text().startsWith("# Title: Crimes per month\n"));
    }

    @Test
    void titleFallsBackToTheFileNameAndQuestionToEmpty() {
        ExampleQuery query = ExampleQueries.parse("beds", "SELECT * WHERE { ?s ?p ?o }\n", SOURCE);
        assertEquals("beds", query.title());
        assertEquals("", query.question());
    }

    @Test
    void onlyTheLeadingCommentBlockIsTheHeader() {
        ExampleQuery query = ExampleQueries.parse("late", """
                # A query about beds

                PREFIX odsl: <https://odsl.org.uk/def/odsl/>
                # Title: not a header any more
                SELECT * WHERE { ?s odsl:beds ?o }
                """, SOURCE);
        assertEquals("late", query.title());
    }

    @Test
    void headerKeysIgnoreCaseAndByteOrderMark() {
        ExampleQuery query = ExampleQueries.parse("bom", "\uFEFF#title:  Spaced out  \n#QUESTION:Why?\nASK {}\n", SOURCE);
        assertEquals("Spaced out", query.title());
        assertEquals("Why?", query.question());
        assertTrue(query.text().startsWith("#title"));
    }

    @Test
    void queryFilesOfTheFolderItselfAreReadInNameOrder() throws Exception {
        Files.writeString(temp.resolve("b.rq"), "# Title: B\nASK {}\n");
        Files.writeString(temp.resolve("a.rq"), "# Title: A\nASK {}\n");
        Files.writeString(temp.resolve("a.srj"), "{}");
        Files.createDirectory(temp.resolve("checks"));
        Files.writeString(temp.resolve("checks/unresolved.rq"), "ASK {}\n");

        List<ExampleQuery> queries = ExampleQueries.inDirectory(temp).load();

        assertEquals(List.of("a", "b"), queries.stream().map(ExampleQuery::name).toList());
        assertEquals(temp.resolve("a.rq").toUri(), queries.get(0).source());
    }

    @Test
    void missingDirectoryIsAnErrorNamingIt() {
        Path missing = temp.resolve("nowhere");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ExampleQueries.inDirectory(missing).load());
        assertTrue(error.getMessage().contains(missing.toString()), error.getMessage());
    }

    @Test
    void classpathFolderIsRead() {
        List<ExampleQuery> queries = ExampleQueries.onClasspath("/serve/queries/").load();
        assertEquals(List.of("01-triples-per-graph", "02-no-header"), queries.stream().map(ExampleQuery::name).toList());
        assertEquals("Triples per source release", queries.get(0).title());
    }

    @Test
    void shippedExampleQueriesAreSparqlQueries() {
        for (ExampleQuery query : ExampleQueries.shipped().load()) {
            assertDoesNotThrow(() -> QueryFactory.create(query.text()), query.source().toString());
        }
    }

    @Test
    void absentClasspathFolderHoldsNoQueries() {
        assertEquals(List.of(), ExampleQueries.onClasspath("serve/no-such-folder").load());
    }

    @Test
    void classpathFolderInsideAJarIsRead() throws Exception {
        Path jar = temp.resolve("queries.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Folder entries as the Maven jar plugin writes them: the class loader finds the folder through them.
            for (String folder : List.of("odsl/", "odsl/queries/", "odsl/queries/checks/", "odsl/other/")) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            write(out, "odsl/queries/02 second.rq", "# Title: Second\nASK {}\n");
            write(out, "odsl/queries/01-first.rq", "# Title: First\n# Question: Which?\nASK {}\n");
            write(out, "odsl/queries/01-first.csv", "n\n1\n");
            write(out, "odsl/queries/checks/not-an-example.rq", "ASK {}\n");
            write(out, "odsl/other/ignored.rq", "ASK {}\n");
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Thread.currentThread().setContextClassLoader(loader);
            List<ExampleQuery> queries = ExampleQueries.shipped().load();

            assertEquals(List.of("01-first", "02 second"), queries.stream().map(ExampleQuery::name).toList());
            assertEquals("Which?", queries.get(0).question());
            assertEquals(queries.get(1).text(), read(queries.get(1).source()));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static String read(URI source) throws Exception {
        URLConnection connection = source.toURL().openConnection();
        connection.setUseCaches(false);
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void write(JarOutputStream jar, String name, String text) throws Exception {
        jar.putNextEntry(new JarEntry(name));
        OutputStream out = jar;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
