package org.opendatasaveslives.odsl.publish;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private Virtuoso Open Source ({@code virtuoso-t} from the Debian package virtuoso-opensource) with a fresh database
 * in a folder of its own, on free ports, stopped on close. A fresh database's administrator is dba with password dba.
 */
final class VirtuosoServer implements AutoCloseable {
    static final String ADMIN = "dba";
    static final String ADMIN_PASSWORD = "dba";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path dir;
    private final int sqlPort;
    private final int httpPort;
    private final Process process;

    /** The server binary on the PATH, if installed. */
    static Optional<Path> binary() {
        return Stream.of(System.getenv("PATH").split(":"))
            .map(p -> Path.of(p, "virtuoso-t")).filter(Files::isExecutable).findFirst();
    }

    VirtuosoServer(Path binary, Path dir) throws IOException, InterruptedException {
        this.dir = dir;
        this.sqlPort = freePort();
        this.httpPort = freePort();
        Files.createDirectories(dir.resolve("www"));
        Path ini = dir.resolve("virtuoso.ini");
        Files.writeString(ini, """
            [Database]
            DatabaseFile = %1$s/virtuoso.db
            ErrorLogFile = %1$s/virtuoso.log
            LockFile = %1$s/virtuoso.lck
            TransactionFile = %1$s/virtuoso.trx
            xa_persistent_file = %1$s/virtuoso.pxa
            TempStorage = TempDatabase
            [TempDatabase]
            DatabaseFile = %1$s/virtuoso-temp.db
            TransactionFile = %1$s/virtuoso-temp.trx
            [Parameters]
            ServerPort = 127.0.0.1:%2$d
            DisableUnixSocket = 1
            CaseMode = 2
            DirsAllowed = .
            NumberOfBuffers = 20000
            MaxDirtyBuffers = 15000
            [HTTPServer]
            ServerPort = 127.0.0.1:%3$d
            ServerRoot = %1$s/www
            ServerThreads = 4
            MaxClientConnections = 4
            [SPARQL]
            ResultSetMaxRows = 1000000
            """.formatted(dir.toAbsolutePath(), sqlPort, httpPort));
        process = new ProcessBuilder(binary.toString(), "+configfile", ini.toString(), "+foreground")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("console.log").toFile())
            .start();
        try {
            awaitHttp();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + httpPort + path;
    }

    /** Runs SQL as dba with isql-vt, beside virtuoso-t. */
    void sql(Path binary, String statement) throws IOException, InterruptedException {
        Process isql = new ProcessBuilder(binary.resolveSibling("isql-vt").toString(), "127.0.0.1:" + sqlPort, ADMIN,
            ADMIN_PASSWORD, "exec=" + statement).redirectErrorStream(true).start();
        String output = new String(isql.getInputStream().readAllBytes());
        if (!isql.waitFor(60, TimeUnit.SECONDS) || isql.exitValue() != 0 || output.contains("Error")) {
            throw new IOException("isql-vt " + statement + " failed: " + output);
        }
    }

    private void awaitHttp() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("virtuoso-t stopped while starting: " + log());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url("/sparql?query=ASK%7B%7D")))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IOException("virtuoso-t did not answer HTTP within " + START_TIMEOUT + ": " + log());
    }

    private String log() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("console.log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
