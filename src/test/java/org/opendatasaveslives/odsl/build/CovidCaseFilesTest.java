package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.generate.CovidCaseFiles;
import org.opendatasaveslives.odsl.generate.CsvTestFiles;
import org.opendatasaveslives.odsl.generate.DemoDataGenerator;
import org.opendatasaveslives.odsl.generate.GeneratedFile;
import org.opendatasaveslives.odsl.generate.LocalAuthority;
import org.opendatasaveslives.odsl.generate.ReferenceAreas;

/**
 * The synthetic dashboard file has the real file's layout and quirks, is deterministic, and builds with the demo
 * geography with no rejects, Kent's county figures being the sums of its districts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CovidCaseFilesTest {
    static final Path REAL = Path.of("../shared/data/health/covid_dashboard/ltla_cases_by_specimen_date_2020-10-26.csv");

    @TempDir
    static Path out;
    List<GeneratedFile> written;
    Path file;
    List<Map<String, String>> rows;
    CliRun build;
    Path db;
    Path catalog;

    @BeforeAll
    void generateAndBuild() throws IOException {
        DemoDataGenerator.generate(out, DemoDataGenerator.DEFAULT_SEED, 1);
        written = CovidCaseFiles.writeCovidCases(out, DemoDataGenerator.DEFAULT_SEED, 1);
        file = out.resolve(CovidCaseFiles.LTLA_CASES);
        rows = CsvTestFiles.records(file).stream().filter(r -> !r.get("date").isEmpty()).toList();
        Path catalog = out.resolve("catalog.ttl");
        Files.writeString(catalog, """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix odsl: <https://odsl.org.uk/def/odsl/> .
            <> a dcat:Catalog ; dcterms:title "covid demo test" ;
                dcat:dataset <ons-ltla-utla> , <ukhsa-covid-cases-ltla> , <covid-bad-rows> .
            <ons-ltla-utla> a dcat:Dataset ; dcterms:title "LTLA to UTLA (synthetic)" ;
                dcterms:license <http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/> ;
                odsl:accessTier odsl:Open ; odsl:mapping "%s" ; odsl:shapes "%s" ; odsl:input "%s" .
            <ukhsa-covid-cases-ltla> a dcat:Dataset ; dcterms:title "COVID-19 cases by LTLA (synthetic)" ;
                dcterms:license <http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/> ;
                odsl:accessTier odsl:Open ; odsl:mapping "%s" ; odsl:shapes "%s" , "%s" ; odsl:input "%s" .
            <covid-bad-rows> a dcat:Dataset ; dcterms:title "COVID-19 cases by LTLA, bad rows" ;
                dcterms:license <http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/> ;
                odsl:accessTier odsl:Open ; odsl:mapping "%4$s" ; odsl:shapes "%5$s" , "%6$s" ; odsl:input "bad.csv" .
            """.formatted(abs("mappings/ons-ltla-utla.rml.ttl"), abs("shapes/geography.ttl"), DemoDataGenerator.LTLA_UTLA,
                abs("mappings/ukhsa-covid-cases-ltla.rml.ttl"), abs("shapes/covid-cases.ttl"), abs("shapes/geography.ttl"),
                CovidCaseFiles.LTLA_CASES));
        Files.writeString(out.resolve("bad.csv"), """
            date,areaName,areaCode,newCasesBySpecimenDate,cumCasesBySpecimenDate
            2025-01-02,Leeds,E08000035,-3,100
            2025-01-02,Leeds,E08000035,12a,112
            2025-13-02,Leeds,E08000035,1,101
            2025-01-02,Leeds,,1,101
            2025-01-03,Leeds,E08000035,,
            2025-01-04,Leeds,E08000035,5,105

            """);
        db = out.resolve("db");
        this.catalog = catalog;
        build = CliRun.of("build", "--catalog", catalog.toString(), "--data", out.toString(), "--db", db.toString(),
            "--release", "ons-ltla-utla", "--release", "ukhsa-covid-cases-ltla");
    }

    private static String abs(String path) {
        return Path.of(path).toAbsolutePath().toString();
    }

    @Test
    void oneFileOneRowPerDistrictAndDayOfTheFirstQuarter() {
        assertEquals(List.of(new GeneratedFile("health/covid/ltla_cases_by_specimen_date.csv", 18 * 90)), written);
        assertEquals(18 * 90, rows.size());
    }

    @Test
    void layoutIsTheRealFiles() throws IOException {
        assertEquals(CsvTestFiles.records(REAL).get(0).keySet(), rows.get(0).keySet());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String real = Files.readString(REAL, StandardCharsets.UTF_8);
        assertEquals(real.substring(0, real.indexOf('\n')), text.substring(0, text.indexOf('\n')), "header line");
        assertTrue(text.endsWith("\n\n") && !text.endsWith("\n\n\n") && !text.contains("\r"),
            "LF endings and one trailing blank line, as in the real file");
        List<String> names = rows.stream().map(r -> r.get("areaName")).distinct().toList();
        assertEquals(names.stream().sorted((a, b) -> a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT))).toList(),
            names, "areas in name order");
        assertEquals("2025-03-31", rows.get(0).get("date"), "newest day first");
        assertEquals("2025-01-01", rows.get(89).get("date"));
    }

    @Test
    void cumulativeColumnAddsUpTheNewCases() {
        Map<String, List<Map<String, String>>> byArea = rows.stream()
            .collect(Collectors.groupingBy(r -> r.get("areaCode"), TreeMap::new, Collectors.toList()));
        assertEquals(ReferenceAreas.districts().stream().map(LocalAuthority::code).sorted().toList(),
            List.copyOf(byArea.keySet()));
        byArea.forEach((code, days) -> {
            for (int i = 0; i + 1 < days.size(); i++) {
                long cumulative = Long.parseLong(days.get(i).get("cumCasesBySpecimenDate"));
                long before = Long.parseLong(days.get(i + 1).get("cumCasesBySpecimenDate"));
                assertEquals(before + Long.parseLong(days.get(i).get("newCasesBySpecimenDate")), cumulative,
                    code + " " + days.get(i).get("date"));
            }
        });
        long january = rows.stream().filter(r -> r.get("date").startsWith("2025-01"))
            .mapToLong(r -> Long.parseLong(r.get("newCasesBySpecimenDate"))).sum();
        long march = rows.stream().filter(r -> r.get("date").startsWith("2025-03"))
            .mapToLong(r -> Long.parseLong(r.get("newCasesBySpecimenDate"))).sum();
        assertTrue(january > 2 * march, "a winter wave that declines: January " + january + ", March " + march);
    }

    @Test
    void sameSeedSameBytes() throws IOException {
        Path again = out.resolve("again");
        CovidCaseFiles.writeCovidCases(again, DemoDataGenerator.DEFAULT_SEED, 1);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again.resolve(CovidCaseFiles.LTLA_CASES)));
    }

    @Test
    void buildsWithNoRejectsAndKentRollsUp() throws Exception {
        assertEquals(0, build.exitCode(), build.all());
        assertTrue(build.out().contains("ukhsa-covid-cases-ltla: read 1,620 records, loaded 1,620, rejected 0"), build.out());
        Map<String, Long> expected = new TreeMap<>();
        for (var r : rows) {
            if (ReferenceAreas.districts().stream().anyMatch(la -> la.code().equals(r.get("areaCode"))
                    && la.utlaCode().equals("E10000016") && !la.code().equals("E10000016"))) {
                expected.merge(r.get("date"), Long.parseLong(r.get("newCasesBySpecimenDate")), Long::sum);
            }
        }
        assertEquals(90, expected.size());
        Map<String, Long> graph = StoreQueries.counts(db, """
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
            SELECT (STRAFTER(STR(?day), "/id/day/") AS ?d) ?n WHERE {
              ?o sdmx-dimension:refArea <http://statistics.data.gov.uk/id/statistical-geography/E10000016> ;
                 sdmx-dimension:refPeriod ?day ; odsl:newCasesBySpecimenDate ?n }""");
        assertEquals(expected, new TreeMap<>(graph));
    }

    /** Bad values are rejected with their line and reason; an empty count is "no figure", not an error. */
    @Test
    void badRowsAreRejectedWithTheirReasonsAndEmptyCountsAreNot() throws Exception {
        CliRun bad = CliRun.of("build", "--catalog", catalog.toString(), "--data", out.toString(), "--db",
            out.resolve("bad-db").toString(), "--release", "covid-bad-rows");
        assertEquals(1, bad.exitCode(), bad.all());
        assertTrue(bad.out().contains("covid-bad-rows: read 6 records, loaded 2, rejected 4"), bad.out());
        String rejects = Files.readString(out.resolve("bad-db-reports/rejects-covid-bad-rows.csv"));
        for (String line : List.of("line 2", "line 3", "line 4", "line 5")) {
            assertTrue(rejects.contains(line), line + " in\n" + rejects);
        }
        assertTrue(rejects.contains("12a"), rejects);
        assertTrue(rejects.contains("2025-13-02"), rejects);
        assertTrue(rejects.contains("produced no triples"), rejects);
        assertTrue(rejects.contains("zero or more"), rejects);
        assertEquals(2, StoreQueries.count(out.resolve("bad-db"), """
            SELECT (COUNT(*) AS ?n) WHERE { ?o <http://purl.org/linked-data/sdmx/2009/dimension#refPeriod>
              <http://reference.data.gov.uk/id/day/2025-01-04> }"""), "the good row's two observations");
    }
}
