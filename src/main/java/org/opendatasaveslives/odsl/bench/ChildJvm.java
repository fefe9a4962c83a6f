package org.opendatasaveslives.odsl.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs one side of a benchmark in a JVM of its own, as a user would run it: with its own start-up and JIT warm-up,
 * not sharing the collector or compiled code with the other side. The child prints its figures as a
 * {@link PeerRun#line} on stdout.
 */
final class ChildJvm {
    private ChildJvm() {
    }

    /** The command to start a Java class of this product with this JVM's {@code java}, class path and heap limit. */
    static List<String> command(String heapLimit, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heapLimit, "-cp", classPath(), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** This JVM's class path with every entry absolute, since the child runs in another folder. */
    static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(entry -> Path.of(entry).toAbsolutePath().toString())
            .collect(Collectors.joining(File.pathSeparator));
    }

    /** This JVM's {@code java} launcher. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** This JVM's heap limit, as {@code -Xmx} takes it. */
    static String heapLimit() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m";
    }

    /** Runs the child to its end and reads its figures; its stdout and stderr go to files in the folder. */
    static PeerRun run(Path folder, String name, List<String> command) throws IOException, InterruptedException {
        Path stdout = folder.resolve(name + ".out");
        Path stderr = folder.resolve(name + ".err");
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        int exit;
        try {
            exit = process.waitFor();
        } finally {
            process.destroyForcibly();
        }
        if (exit != 0) {
            throw new IOException(name + " failed (exit " + exit + "): " + tail(stderr));
        }
        return PeerRun.parse(name, Files.readString(stdout));
    }

    /** The last 20 lines of a child's output, for an error message. */
    static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
