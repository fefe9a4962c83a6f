package org.opendatasaveslives.odsl.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Opens a database that commands only read (dump, extract). TDB2 creates a new, empty database in any folder it is
 * given, which would make a mistyped {@code --db} look like a database with no data; this refuses such a folder.
 */
public final class ExistingDatabase {
    private ExistingDatabase() {
    }

    public static DatasetGraph open(Path dir) throws StoreException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new StoreException("database folder " + absolute + " does not exist: build one with 'odsl build'");
        }
        try (Stream<Path> children = Files.list(absolute)) {
            if (children.noneMatch(c -> Files.isDirectory(c) && c.getFileName().toString().matches("Data-\\d+"))) {
                throw new StoreException("folder " + absolute + " is not a TDB2 database (no Data-NNNN folder inside):"
                    + " pass the folder 'odsl build --db' wrote");
            }
        } catch (IOException e) {
            throw new StoreException("cannot read database folder " + absolute + ": " + e.getMessage());
        }
        return Store.open(absolute);
    }
}
