package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** odsl dump and odsl extract refuse bad arguments with a message saying what was expected, and create nothing. */
class DumpAndExtractArgumentsTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingDatabaseIsNotCreated() {
        Path db = tmp.resolve("no-such-db");
        CliRun dump = CliRun.of("dump", "--db", db.toString(), "--out", tmp.resolve("dumps").toString());
        assertEquals(2, dump.exitCode());
        assertTrue(dump.err().contains("database folder " + db + " does not exist"), dump.all());
        CliRun extract = CliRun.of("extract", "--db", db.toString(), "--area", "E08000035", "--out", tmp.resolve("a.ttl").toString());
        assertEquals(2, extract.exitCode());
        assertTrue(extract.err().contains("does not exist"), extract.all());
        assertFalse(Files.exists(db), "no empty database was created");
    }

    @Test
    void aFolderThatIsNotTdb2IsRefused() {
        CliRun dump = CliRun.of("dump", "--db", tmp.toString(), "--out", tmp.resolve("dumps").toString());
        assertEquals(2, dump.exitCode());
        assertTrue(dump.err().contains("is not a TDB2 database (no Data-NNNN folder inside)"), dump.all());
    }

    @Test
    void extractNamesWhatItExpectsOfTheAreaAndTheFile() {
        CliRun area = CliRun.of("extract", "--db", tmp.toString(), "--area", "Leeds", "--out", tmp.resolve("a.ttl").toString());
        assertEquals(2, area.exitCode());
        assertTrue(area.err().contains("--area Leeds is not a GSS code: expected a letter and eight digits"), area.all());
        CliRun file = CliRun.of("extract", "--db", tmp.toString(), "--area", "E08000035", "--out", tmp.resolve("a.json").toString());
        assertEquals(2, file.exitCode());
        assertTrue(file.err().contains("must end in .ttl or .nq"), file.all());
    }
}
