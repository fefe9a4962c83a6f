package org.opendatasaveslives.odsl.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Another JVM holding a TDB2 database, as a second odsl process would. */
final class LockingProcess implements AutoCloseable {
    private final Process process;

    private LockingProcess(Process process) {
        this.process = process;
    }

    /** Starts the process and waits until it holds the database; fails with its output if it cannot. */
    static LockingProcess lock(Path database) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldDatabaseLock.class.getName(), database.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.equals(HoldDatabaseLock.READY)) {
                return new LockingProcess(process);
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("The locking process ended without locking " + database + ":\n" + seen);
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        process.waitFor();
    }
}
