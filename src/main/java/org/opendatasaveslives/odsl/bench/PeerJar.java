package org.opendatasaveslives.odsl.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The jar of the benchmark peer, CARML 0.4.11 with its CSV resolver: a Maven project of its own in
 * bench/carml-peer, so that CARML and RDF4J never enter the product's jar or classpath.
 */
public final class PeerJar {
    /** Where the peer's project builds its jar, relative to the project folder. */
    public static final String LOCATION = "bench/carml-peer/target/carml-peer.jar";
    /** The command that builds it, from the project folder. */
    public static final String BUILD = "mvn -f bench/carml-peer/pom.xml package";

    private PeerJar() {
    }

    /**
     * The peer's jar in the project folder, built with Maven first when it is missing (the first build fetches
     * CARML from Maven Central). Progress goes to {@code log}.
     */
    public static Path ensure(Path home, PrintWriter log) throws IOException, InterruptedException {
        Path jar = home.resolve(LOCATION);
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Path pom = home.resolve("bench/carml-peer/pom.xml");
        if (!Files.isRegularFile(pom)) {
            throw new IOException("the CARML peer is not here: " + pom + " is missing; run odsl bench peer from the"
                    + " project's source checkout, or pass --carml-jar FILE");
        }
        log.println("odsl: building " + LOCATION + " (first run: " + BUILD + ")...");
        log.flush();
        Path output = Files.createTempFile("odsl-carml-peer-build-", ".log");
        try {
            int exit = build(pom, output);
            if (exit != 0 || !Files.isRegularFile(jar)) {
                throw new IOException("building the CARML peer failed (exit " + exit + "); build it with: " + BUILD
                        + "\n" + ChildJvm.tail(output));
            }
            return jar;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** A jar given on the command line: it must exist. */
    public static Path given(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("the CARML peer jar " + jar + " does not exist; build it from the project folder"
                    + " with: " + BUILD + " (it lands in " + LOCATION + ")");
        }
        return jar;
    }

    private static int build(Path pom, Path output) throws IOException, InterruptedException {
        Process maven;
        try {
            maven = new ProcessBuilder("mvn", "-q", "-B", "-f", pom.toString(), "package")
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        } catch (IOException e) {
            throw new IOException("cannot run Maven (mvn) to build the CARML peer: " + e.getMessage()
                    + "; install Maven 3.8+ and run: " + BUILD, e);
        }
        return maven.waitFor();
    }
}
