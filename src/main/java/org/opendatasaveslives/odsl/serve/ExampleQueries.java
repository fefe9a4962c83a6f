package org.opendatasaveslives.odsl.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A source of example queries: every {@code *.rq} file directly in a folder of the file system or of the classpath,
 * in name order. Sub-folders are not read: the project keeps other kinds of query there (build checks, derivation
 * rules), and they can be read as sources of their own.
 * <p>
 * A query file starts with a header of comment lines, for example
 * <pre>
 * # Title: Recorded crime per month in a police force area
 * # Question: How many crimes were recorded in each month of 2024?
 * </pre>
 * The title falls back to the file name, the question to the empty string. A query over restricted releases says so
 * with {@code # Access: restricted}: it is offered only to users who may read restricted releases.
 */
public final class ExampleQueries {
    /** Where the build puts the project's {@code queries/} folder inside the jar. */
    public static final String DEFAULT_CLASSPATH_FOLDER = "odsl/queries";

    private static final String EXTENSION = ".rq";

    private final Path directory;
    private final String classpathFolder;

    private ExampleQueries(Path directory, String classpathFolder) {
        this.directory = directory;
        this.classpathFolder = classpathFolder;
    }

    /** Queries read from a folder on disk; the folder must exist. */
    public static ExampleQueries inDirectory(Path directory) {
        return new ExampleQueries(directory, null);
    }

    /** Queries read from a classpath folder such as {@value #DEFAULT_CLASSPATH_FOLDER}; an absent folder holds no queries. */
    public static ExampleQueries onClasspath(String folder) {
        return new ExampleQueries(null, stripSlashes(folder));
    }

    /** The queries shipped with the product. */
    public static ExampleQueries shipped() {
        return onClasspath(DEFAULT_CLASSPATH_FOLDER);
    }

    /** Reads and parses every query file, sorted by name. */
    public List<ExampleQuery> load() {
        List<ExampleQuery> queries = directory != null ? loadDirectory(directory) : loadClasspath(classpathFolder);
        queries.sort(Comparator.comparing(ExampleQuery::name));
        return queries;
    }

    /** Builds a query from a file's name (without {@code .rq}) and content, reading the header comments. */
    public static ExampleQuery parse(String name, String text, URI source) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String title = headerValue(body, "title").orElse(name);
        String question = headerValue(body, "question").orElse("");
        return new ExampleQuery(name, title, question, body, source);
    }

    @Override
    public String toString() {
        return directory != null ? "folder " + directory : "classpath folder " + classpathFolder;
    }

    static Optional<String> headerValue(String text, String key) {
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!trimmed.startsWith("#")) {
                break;
            }
            String comment = trimmed.substring(1).strip();
            int colon = comment.indexOf(':');
            if (colon > 0 && comment.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(key)) {
                String value = comment.substring(colon + 1).strip();
                if (!value.isEmpty()) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    private static List<ExampleQuery> loadDirectory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("Example query folder " + root.toAbsolutePath() + " does not exist or is not a folder");
        }
        try (Stream<Path> files = Files.list(root)) {
            List<ExampleQuery> queries = new ArrayList<>();
            for (Path file : files.filter(f -> Files.isRegularFile(f) && isQueryFile(f.toString())).toList()) {
                String name = withoutExtension(file.getFileName().toString());
                queries.add(parse(name, Files.readString(file, StandardCharsets.UTF_8), file.toUri()));
            }
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read example queries under " + root.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static List<ExampleQuery> loadClasspath(String folder) {
        // Jars found through a folder resource need an entry for the folder itself, which the Maven jar plugin writes.
        URL url = Thread.currentThread().getContextClassLoader().getResource(folder);
        if (url == null) {
            return new ArrayList<>();
        }
        try {
            return switch (url.getProtocol()) {
                case "file" -> loadDirectory(Path.of(url.toURI()));
                case "jar" -> loadJarFolder(url);
                default -> throw new IllegalStateException("Cannot list example queries at " + url
                        + ": only folders and jar files on the classpath are supported");
            };
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot list example queries at " + url + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read example queries at " + url + ": " + e.getMessage(), e);
        }
    }

    private static List<ExampleQuery> loadJarFolder(URL folderUrl) throws IOException {
        JarURLConnection connection = (JarURLConnection) folderUrl.openConnection();
        // Without this the JarFile is shared with the class loader, and closing it here would break later loading.
        connection.setUseCaches(false);
        String prefix = connection.getEntryName() + "/";
        String jarFile = connection.getJarFileURL().toString();
        List<ExampleQuery> queries = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix) || name.indexOf('/', prefix.length()) >= 0
                        || !isQueryFile(name)) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    queries.add(parse(withoutExtension(name.substring(prefix.length())), text, jarEntryUri(jarFile, name)));
                }
            }
        }
        return queries;
    }

    private static URI jarEntryUri(String jarFile, String entryName) {
        try {
            return new URI("jar", jarFile + "!/" + entryName, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Jar entry " + entryName + " in " + jarFile + " has no valid URI: " + e.getMessage(), e);
        }
    }

    private static boolean isQueryFile(String name) {
        return name.endsWith(EXTENSION);
    }

    private static String withoutExtension(String name) {
        return name.substring(0, name.length() - EXTENSION.length());
    }

    private static String stripSlashes(String folder) {
        String result = folder;
        while (result.startsWith("/")) {
            result = result.substring(1);
        }
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
