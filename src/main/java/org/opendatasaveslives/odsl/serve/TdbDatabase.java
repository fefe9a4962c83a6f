package org.opendatasaveslives.odsl.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Opens an existing TDB2 database for serving, refusing anything else with a message that says what to do.
 * <p>
 * TDB2 happily creates a new database in any folder it is given, so the folder is checked first: serving an empty
 * database by mistake would look like a working server with no data.
 */
final class TdbDatabase {
    private static final Pattern TDB2_GENERATION = Pattern.compile("Data-\\d+");
    private static final String TDB1_NODE_TABLE = "nodes.dat";
    private static final String LOCK_FILE = "tdb.lock";
    private static final Pattern LOCK_HOLDER = Pattern.compile("held by process (\\d+)");

    private TdbDatabase() {
    }

    static DatasetGraph open(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        checkIsTdb2(absolute);
        try {
            return DatabaseMgr.connectDatasetGraph(absolute.toString());
        } catch (DBOpEnvException e) {
            if (String.valueOf(e.getMessage()).contains("Failed to get a lock")) {
                Matcher pid = LOCK_HOLDER.matcher(e.getMessage());
                String holder = pid.find() ? "process " + pid.group(1) : "another process";
                throw new ServeException("Database " + absolute + " is in use by another process (" + holder + " holds "
                        + absolute.resolve(LOCK_FILE) + "). TDB2 allows one process per database:"
                        + " stop the other odsl serve or build using it, then retry.", e);
            }
            throw new ServeException("Cannot open database " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** Closes a database opened by {@link #open}, releasing its lock so another process may use it. */
    static void release(DatasetGraph dataset) {
        TDBInternal.expel(dataset);
    }

    private static void checkIsTdb2(Path folder) {
        if (!Files.exists(folder)) {
            throw new ServeException("Database folder " + folder + " does not exist."
                    + " Build a database first with 'odsl build', or pass the folder of an existing one with --db.");
        }
        if (!Files.isDirectory(folder)) {
            throw new ServeException("Database path " + folder + " is a file, not a folder: pass the TDB2 database folder with --db.");
        }
        if (hasTdb2Generation(folder)) {
            return;
        }
        if (Files.exists(folder.resolve(TDB1_NODE_TABLE))) {
            throw new ServeException("Folder " + folder + " holds a TDB1 database, not TDB2."
                    + " Rebuild it with 'odsl build' (which writes TDB2).");
        }
        throw new ServeException("Folder " + folder + " is not a TDB2 database (no Data-NNNN folder inside)."
                + " Build a database with 'odsl build', or pass the folder of an existing one with --db.");
    }

    private static boolean hasTdb2Generation(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(child -> Files.isDirectory(child)
                    && TDB2_GENERATION.matcher(child.getFileName().toString()).matches());
        } catch (IOException e) {
            throw new ServeException("Cannot read database folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
