package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is silently dropped: a real A&E line spoiled in one cell is rejected with its line, field and reason, while
 * the publisher's own '-' (not applicable) is not an error; an observation with a second measure or a wrong unit
 * fails the shapes.
 */
class AeAttendancesRejectsTest {
    @TempDir
    Path dir;

    @Test
    void aSpoiledCellRejectsItsRecordWithTheReason() throws Exception {
        Path may = AeCsv.DIR.resolve("May-2025-AE.csv");
        List<String> lines = Files.readAllLines(may, StandardCharsets.UTF_8);
        String rr8 = AeCsv.line(may, "RR8");
        String rc9 = AeCsv.line(may, "RC9"); // has '-' for its type 2 percentage: fine
        Path file = dir.resolve("May-2025-AE.csv");
        Files.write(file, List.of(lines.get(0), rc9,
            rr8.replace("76.50%", "76.5O%"),                      // letter O for a zero in a percentage
            rr8.replace("RR8,", "RAE,").replace("\"31,385\"", "-"), // '-' where a count must be
            rr8.replace("RR8,", "RXF,")), StandardCharsets.UTF_8);
        Path root = Path.of("").toAbsolutePath();
        Path catalog = Files.writeString(dir.resolve("catalog.ttl"), """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix odsl: <https://odsl.org.uk/def/odsl/> .
            <nhse-ae-attendances-2025-05> a dcat:Dataset ; odsl:accessTier odsl:Open ;
                odsl:mapping "%s" ; odsl:shapes "%s" ; odsl:parameter "month=2025-05" ; odsl:input "May-2025-AE.csv" .
            """.formatted(root.resolve("mappings/nhse-ae-attendances.rml.ttl"), root.resolve("shapes/ae-attendances.ttl")));
        CliRun run = CliRun.of("build", "--catalog", catalog.toString(), "--data", dir.toString(), "--db",
            dir.resolve("db").toString());
        assertEquals(1, run.exitCode(), "a build with rejects exits 1: " + run.all());
        assertTrue(run.out().contains("nhse-ae-attendances-2025-05: read 4 records, loaded 2, rejected 2"), run.out());
        String rejects = Files.readString(dir.resolve("db-reports/rejects-nhse-ae-attendances-2025-05.csv"));
        assertTrue(rejects.contains("76.5O%") && rejects.contains("is not a percentage"), rejects);
        assertTrue(run.out().contains("May-2025-AE.csv, line 3, field pct_all: \"76.5O%\" is not a percentage"), run.out());
        assertTrue(run.out().contains("May-2025-AE.csv, line 4: An A&E observation"), run.out());
        assertTrue(rejects.contains("exactly one measure"), rejects);
        assertEquals(1, StoreQueries.count(dir.resolve("db"), """
            SELECT (COUNT(*) AS ?n) WHERE { ?o odsl:provider <https://odsl.org.uk/id/organisation/RXF> ;
              odsl:aeAttendances 31385 }"""));
    }

    @Test
    void shapesCatchASecondMeasureAWrongUnitAndAnUnknownCode() throws Exception {
        String o = "<https://odsl.org.uk/id/observation/ae-attendances/RR8/2025-05/type-1/attendances>";
        String good = """
            %1$s a <http://purl.org/linked-data/cube#Observation> ;
              <http://purl.org/linked-data/cube#dataSet> <https://odsl.org.uk/id/dataset/ae-attendances> ;
              <https://odsl.org.uk/def/odsl/provider> <https://odsl.org.uk/id/organisation/RR8> ;
              <http://purl.org/linked-data/sdmx/2009/dimension#refPeriod> <http://reference.data.gov.uk/id/month/2025-05> ;
              <https://odsl.org.uk/def/odsl/aeDepartmentType> <https://odsl.org.uk/def/ae-department-type/%2$s> ;
              <http://purl.org/linked-data/cube#measureType> <https://odsl.org.uk/def/odsl/aeAttendances> ;
              <http://purl.org/linked-data/sdmx/2009/attribute#unitMeasure> <http://qudt.org/vocab/unit/%3$s> ;
              <https://odsl.org.uk/def/odsl/aeAttendances> 18086 %4$s .
            """;
        assertEquals(0, validate(good.formatted(o, "type-1", "NUM", "")).exitCode());
        CliRun twoMeasures = validate(good.formatted(o, "type-1", "NUM", "; <https://odsl.org.uk/def/odsl/emergencyAdmissions> 3729"));
        assertTrue(twoMeasures.exitCode() != 0 && twoMeasures.all().contains("exactly one measure"), twoMeasures.all());
        CliRun percentUnit = validate(good.formatted(o, "type-1", "PERCENT", ""));
        assertTrue(percentUnit.exitCode() != 0 && percentUnit.all().contains("exactly one measure"), percentUnit.all());
        CliRun unknownType = validate(good.formatted(o, "type-9", "NUM", ""));
        assertTrue(unknownType.exitCode() != 0 && unknownType.all().contains("department-type list"), unknownType.all());
    }

    private CliRun validate(String turtle) throws Exception {
        Path data = Files.writeString(dir.resolve("obs.ttl"), turtle);
        return CliRun.of("validate", "--shapes", "shapes/ae-attendances.ttl", data.toString());
    }
}
