package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.generate.AscFinanceFiles;
import org.opendatasaveslives.odsl.generate.CsvTestFiles;
import org.opendatasaveslives.odsl.generate.GeneratedFile;

/** The synthetic ASC-FR activity file maps, validates and loads with no rejected record. */
class AscFinanceFilesBuildTest {

    @TempDir
    Path dir;

    @Test
    void generatedFileLoadsWithNoRejects() throws Exception {
        List<GeneratedFile> files = AscFinanceFiles.write(dir, 42, 1);
        long rows = files.get(0).rows();
        Path home = Path.of("").toAbsolutePath();
        Path catalog = dir.resolve("catalog.ttl");
        Files.writeString(catalog, """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix odsl: <https://odsl.org.uk/def/odsl/> .
            <nhsd-ascfr-activity-2024-25> a dcat:Dataset ; odsl:accessTier odsl:Open ;
                odsl:mapping "%s" ; odsl:shapes "%s" ; odsl:input "%s" .
            """.formatted(home.resolve("mappings/nhsd-ascfr-activity.rml.ttl"), home.resolve("shapes/asc-activity.ttl"),
                AscFinanceFiles.ACTIVITY));
        Path db = dir.resolve("db");
        CliRun run = CliRun.of("build", "--catalog", catalog.toString(), "--data", dir.toString(), "--db", db.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("read %,d records, loaded %,d, rejected 0".formatted(rows, rows)), run.out());
        long submitted = CsvTestFiles.records(dir.resolve(AscFinanceFiles.ACTIVITY)).stream()
            .filter(r -> !r.get("ItemValue").equals(":")).count();
        assertEquals(submitted, StoreQueries.count(db, "SELECT (COUNT(?o) AS ?n) WHERE { ?o "
            + "<http://purl.org/linked-data/sdmx/2009/dimension#refPeriod> "
            + "<http://reference.data.gov.uk/id/government-year/2024-2025> }"));
        assertEquals(7L, StoreQueries.count(db, "SELECT (COUNT(?c) AS ?n) WHERE { ?c a odsl:SocialServicesAuthority ; "
            + "odsl:governsArea ?a }"));
    }
}
