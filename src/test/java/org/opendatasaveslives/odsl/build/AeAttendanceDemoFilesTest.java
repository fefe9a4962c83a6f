package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.generate.AeAttendanceFiles;
import org.opendatasaveslives.odsl.generate.GeneratedFile;

/**
 * The synthetic A&E files have the published layout and quirks, are internally consistent, are the same for the same
 * seed, and build with no rejects into the figures they hold.
 */
class AeAttendanceDemoFilesTest {
    @TempDir
    Path dir;

    @Test
    void filesHaveThePublishedLayoutAndAreConsistent() throws Exception {
        List<GeneratedFile> files = AeAttendanceFiles.writeAeAttendances(dir, 42, 1);
        assertEquals(List.of("health/ae/January-2025-AE.csv", "health/ae/February-2025-AE.csv",
            "health/ae/March-2025-AE.csv", "health/ae/System-Mapping.csv"), files.stream().map(GeneratedFile::relativePath).toList());
        String realHeader = Files.readAllLines(AeCsv.DIR.resolve("May-2025-AE.csv"), StandardCharsets.UTF_8).get(0);
        String realMappingHeader = Files.readAllLines(AeCsv.DIR.resolve("System-Mapping.csv"), StandardCharsets.UTF_8).get(0);
        for (GeneratedFile f : files.subList(0, 3)) {
            Path file = dir.resolve(f.relativePath());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(realHeader, text.substring(0, text.indexOf('\n')), f.relativePath());
            assertFalse(text.contains("\r"), "LF line endings like the real files");
            assertTrue(text.contains("\"") && text.matches("(?s).*\"\\d{1,3},\\d{3}\".*"), "quoted thousands");
            assertTrue(text.contains(",-,"), "'-' for a percentage that does not apply");
            assertTrue(text.matches("(?s).*,\\d{1,3}\\.\\d0%,.*"), "percentages as 76.50%");
            assertTrue(text.contains("\nRR8,NHS England North East And Yorkshire ,Leeds Teaching Hospitals NHS Trust,"));
            assertTrue(text.contains("\nRAN,NHS England London,"), "London has no trailing space, as in the real files");
            List<String[]> rows = AeCsv.rows(file);
            assertEquals(f.rows(), rows.size() - 1);
            for (String[] r : rows.subList(1, rows.size())) {
                assertEquals(27, r.length);
                long[] n = new long[27];
                for (int c = 3; c < 27; c++) {
                    if (c < 15 || c > 18) {
                        n[c] = AeCsv.number(r[c]).longValueExact();
                    }
                }
                for (int t = 0; t < 4; t++) {
                    assertEquals(n[3 + t], n[7 + t] + n[11 + t], r[0] + ": within + over = total, type " + t);
                    String pct = r[t == 3 ? 15 : 16 + t];
                    if (n[3 + t] == 0) {
                        assertEquals("-", pct, r[0]);
                    } else {
                        BigDecimal expected = BigDecimal.valueOf(n[7 + t] * 100).divide(BigDecimal.valueOf(n[3 + t]), 1, RoundingMode.HALF_UP);
                        assertEquals(0, expected.compareTo(AeCsv.number(pct)), r[0] + " " + pct);
                    }
                }
                for (int first : new int[] {3, 7, 11}) {
                    assertEquals(n[first + 3], n[first] + n[first + 1] + n[first + 2], r[0] + ": total = sum of types");
                }
                assertEquals(n[22], n[19] + n[20] + n[21], r[0] + ": via A&E = sum of routes");
                assertEquals(n[24], n[22] + n[23], r[0] + ": total admissions");
                assertTrue(n[26] <= n[25], r[0] + ": 12-hour waits are among the 4-hour waits");
            }
        }
        List<String> mapping = Files.readAllLines(dir.resolve(AeAttendanceFiles.SYSTEM_MAPPING), StandardCharsets.UTF_8);
        assertEquals(realMappingHeader, mapping.get(0));
        assertTrue(mapping.contains("AQM01 ,Faversham Medical Practice MIU,QKS,NHS Kent And Medway Integrated Care Board,South East Commissioning Region"));
        assertTrue(mapping.contains("RC9,Bedfordshire Hospitals NHS Foundation Trust,QHG,\"NHS Bedfordshire, Luton And Milton Keynes Integrated Care Board\",East of England Commissioning Region"));
        assertEquals(2, mapping.stream().filter(l -> l.startsWith("NNFA7,")).count());
        assertEquals(Set.of("RR8", "RAE", "RCF", "RXF", "RWY"), Set.copyOf(mapping.stream()
            .filter(l -> l.contains(",QWO,NHS West Yorkshire Integrated Care Board,")).map(l -> l.substring(0, 3)).toList()));
    }

    @Test
    void sameSeedSameFilesOtherSeedOtherFiles() throws Exception {
        AeAttendanceFiles.writeAeAttendances(dir.resolve("a"), 7, 1);
        AeAttendanceFiles.writeAeAttendances(dir.resolve("b"), 7, 1);
        AeAttendanceFiles.writeAeAttendances(dir.resolve("c"), 8, 1);
        String jan = AeAttendanceFiles.relativePath(YearMonth.of(2025, 1));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(jan)), Files.readAllBytes(dir.resolve("b").resolve(jan)));
        assertFalse(Files.readString(dir.resolve("a").resolve(jan)).equals(Files.readString(dir.resolve("c").resolve(jan))));
    }

    @Test
    void generatedFilesBuildWithoutRejectsIntoTheirFigures() throws Exception {
        AeAttendanceFiles.writeAeAttendances(dir, 42, 1);
        Path root = Path.of("").toAbsolutePath();
        StringBuilder catalog = new StringBuilder("""
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix odsl: <https://odsl.org.uk/def/odsl/> .
            """);
        for (YearMonth m : AeAttendanceFiles.MONTHS) {
            catalog.append("""
                <nhse-ae-attendances-%s> a dcat:Dataset ; odsl:accessTier odsl:Open ; odsl:mapping "%s" ;
                    odsl:shapes "%s" ; odsl:parameter "month=%s" ; odsl:input "%s" .
                """.formatted(m, root.resolve("mappings/nhse-ae-attendances.rml.ttl"),
                root.resolve("shapes/ae-attendances.ttl"), m, AeAttendanceFiles.relativePath(m)));
        }
        catalog.append("""
            <nhse-ae-system-mapping> a dcat:Dataset ; odsl:accessTier odsl:Open ; odsl:mapping "%s" ;
                odsl:shapes "%s" ; odsl:input "%s" .
            """.formatted(root.resolve("mappings/nhse-ae-system-mapping.rml.ttl"),
            root.resolve("shapes/ae-attendances.ttl"), AeAttendanceFiles.SYSTEM_MAPPING));
        Path catalogFile = Files.writeString(dir.resolve("catalog.ttl"), catalog);
        Path db = dir.resolve("db");
        CliRun run = CliRun.of("build", "--catalog", catalogFile.toString(), "--data", dir.toString(), "--db", db.toString());
        assertEquals(0, run.exitCode(), run.all());
        int providers = 14;
        assertTrue(run.out().contains("build: 4 of 4 releases loaded; records read " + (3 * providers + providers + 1)
            + " = loaded " + (3 * providers + providers + 1) + " + rejected 0"), run.out());
        for (YearMonth m : AeAttendanceFiles.MONTHS) {
            Map<String, BigDecimal> expected = AeCsv.expected(m.toString(), dir.resolve(AeAttendanceFiles.relativePath(m)));
            Map<String, Long> actual = StoreQueries.counts(db, """
                SELECT ?o (COUNT(*) AS ?n) WHERE { GRAPH <https://odsl.org.uk/graph/nhse-ae-attendances-%s> {
                  ?o <http://purl.org/linked-data/cube#measureType> ?m ; ?m ?v } } GROUP BY ?o""".formatted(m));
            assertEquals(new TreeMap<>(expected).keySet(), new TreeMap<>(actual).keySet(), m.toString());
        }
        assertEquals(5, StoreQueries.count(db, """
            SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?o odsl:provider ?p .
              ?p <http://www.w3.org/ns/org#subOrganizationOf> <https://odsl.org.uk/id/organisation/QWO> }"""));
    }
}
