package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.generate.CqcLocationFiles;
import org.opendatasaveslives.odsl.generate.CsvTestFiles;
import org.opendatasaveslives.odsl.generate.DemoDataGenerator;
import org.opendatasaveslives.odsl.generate.ReferenceAreas;
import org.opendatasaveslives.odsl.generate.SubIcbLocation;

/**
 * Builds the CQC care locations: the real 5-row wmfs extract (with the real ONS upper-tier lookup) and the synthetic
 * 119-column directory (with the synthetic lookups), then checks the graph and the care-home-beds cube against
 * figures computed directly from the CSV files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CqcLocationsBuildTest {
    static final Path DATA = Path.of("../shared/data");
    static final Path SAMPLE = DATA.resolve("social_care/cqc/wmfs_cqc_locations_sample_5rows.csv");
    static final String SAMPLE_GRAPH = "https://odsl.org.uk/graph/cqc-locations-wmfs-sample";
    static final String DEMO_GRAPH = "https://odsl.org.uk/graph/cqc-locations-2025-03";
    static final String GSS = "http://statistics.data.gov.uk/id/statistical-geography/";

    @TempDir
    static Path tmp;
    Path sampleDb;
    Path demoDb;
    Path demoData;
    CliRun sampleBuild;
    CliRun demoBuild;

    @BeforeAll
    void build() {
        assertTrue(Files.isDirectory(DATA), "the real samples must be at " + DATA.toAbsolutePath());
        sampleDb = tmp.resolve("samples/db");
        sampleBuild = CliRun.of("build", "--catalog", "src/test/resources/catalogs/cqc-locations-samples.ttl",
            "--data", DATA.toString(), "--db", sampleDb.toString());
        demoData = tmp.resolve("demo-data");
        DemoDataGenerator.generate(demoData, DemoDataGenerator.DEFAULT_SEED, 1);
        CqcLocationFiles.writeHscaActiveLocations(demoData, DemoDataGenerator.DEFAULT_SEED, 1);
        demoDb = tmp.resolve("demo/db");
        demoBuild = CliRun.of("build", "--catalog", "src/test/resources/catalogs/cqc-locations-demo.ttl",
            "--data", demoData.toString(), "--db", demoDb.toString());
    }

    private List<Map<String, String>> demoRows() throws IOException {
        return CsvTestFiles.records(demoData.resolve(CqcLocationFiles.RELATIVE_PATH));
    }

    // ---- the real 5-row extract ----

    @Test
    void theRealSampleLoadsEveryRow() throws Exception {
        assertEquals(0, sampleBuild.exitCode(), sampleBuild.all());
        assertTrue(sampleBuild.out().contains("cqc-locations-wmfs-sample: read 5 records, loaded 5, rejected 0"),
            sampleBuild.out());
        assertEquals(5, StoreQueries.count(sampleDb, "SELECT (COUNT(?l) AS ?n) WHERE { GRAPH <" + SAMPLE_GRAPH
            + "> { ?l a odsl:CareLocation } }"));
    }

    /** Quirk: the header's first name is ".location_id" (stray dot); the IDs still key the location URIs. */
    @Test
    void theStrayDotColumnKeysTheLocationUris() throws Exception {
        assertTrue(Files.readAllLines(SAMPLE).get(0).startsWith(".location_id,"));
        Map<String, Long> expected = CsvTestFiles.records(SAMPLE).stream().collect(Collectors.toMap(
            r -> "https://odsl.org.uk/id/care-location/" + r.get(".location_id"), r -> 1L, Long::sum, TreeMap::new));
        assertEquals(expected, new TreeMap<>(StoreQueries.counts(sampleDb, "SELECT ?l (COUNT(?id) AS ?n) WHERE { GRAPH <"
            + SAMPLE_GRAPH + "> { ?l a odsl:CareLocation ; dcterms:identifier ?id } } GROUP BY ?l")));
    }

    @Test
    void realBedsPerCouncilEqualTheCsvAndCouncilsResolveToTheirUpperTierArea() throws Exception {
        Map<String, Long> expected = new TreeMap<>();
        for (Map<String, String> r : CsvTestFiles.records(SAMPLE)) {
            expected.merge(r.get("location_local_authority"), Long.parseLong(r.get("care_homes_beds")), Long::sum);
        }
        Map<String, Long> actual = StoreQueries.counts(sampleDb, """
            SELECT ?name (SUM(?beds) AS ?n) WHERE { GRAPH <%s> { ?l odsl:careHomeBeds ?beds } ?l odsl:localAuthority ?la .
              ?la a odsl:UpperTierLocalAuthority ; rdfs:label ?name } GROUP BY ?name""".formatted(SAMPLE_GRAPH));
        assertEquals(expected, new TreeMap<>(actual));
        Map<String, Long> areas = StoreQueries.counts(sampleDb, "SELECT ?la (COUNT(?l) AS ?n) WHERE { GRAPH <"
            + SAMPLE_GRAPH + "> { ?l a odsl:CareLocation } ?l odsl:localAuthority ?la } GROUP BY ?la");
        assertEquals(Map.of(GSS + "E10000011", 1L, GSS + "E08000009", 1L, GSS + "E09000023", 1L, GSS + "E10000008", 1L,
            GSS + "E06000047", 1L), areas, "East Sussex, Trafford, Lewisham, Devon, County Durham");
    }

    @Test
    void realRatingsCcgsAndProvidersEqualTheCsv() throws Exception {
        List<Map<String, String>> rows = CsvTestFiles.records(SAMPLE);
        assertEquals(PoliceCsv.countBy(rows, r -> r.get("latest_rating")), new TreeMap<>(StoreQueries.counts(sampleDb,
            "SELECT ?label (COUNT(?l) AS ?n) WHERE { GRAPH <" + SAMPLE_GRAPH + "> { ?l odsl:latestOverallRating ?r } "
            + "?r skos:prefLabel ?label } GROUP BY ?label")));
        assertEquals(PoliceCsv.countBy(rows, r -> GSS + r.get("location_ccg_code")), new TreeMap<>(StoreQueries.counts(
            sampleDb, "SELECT ?c (COUNT(?l) AS ?n) WHERE { GRAPH <" + SAMPLE_GRAPH + "> { ?l odsl:onspdCcg ?c } } GROUP BY ?c")));
        assertEquals(PoliceCsv.countBy(rows, r -> r.get("provider_name")), new TreeMap<>(StoreQueries.counts(sampleDb,
            "PREFIX org: <http://www.w3.org/ns/org#> SELECT ?name (COUNT(?l) AS ?n) WHERE { GRAPH <" + SAMPLE_GRAPH
            + "> { ?l org:siteOf ?p . ?p a odsl:CareProvider ; rdfs:label ?name } } GROUP BY ?name")));
        assertEquals(rows.stream().filter(r -> r.get("care_home").equals("Y")).count(), StoreQueries.count(sampleDb,
            "SELECT (COUNT(?l) AS ?n) WHERE { GRAPH <" + SAMPLE_GRAPH + "> { ?l a odsl:CareHome ; odsl:isCareHome true } }"));
    }

    // ---- the synthetic 119-column directory ----

    @Test
    void theGeneratedDirectoryLoadsWithNoRejects() throws Exception {
        assertEquals(0, demoBuild.exitCode(), demoBuild.all());
        int rows = demoRows().size();
        assertTrue(demoBuild.out().contains("cqc-locations-2025-03: read %,d records, loaded %,d, rejected 0".formatted(rows, rows)),
            demoBuild.out());
        assertEquals(rows, StoreQueries.count(demoDb, "SELECT (COUNT(?l) AS ?n) WHERE { GRAPH <" + DEMO_GRAPH
            + "> { ?l a odsl:CareLocation } }"));
        assertEquals(rows, StoreQueries.count(demoDb, "SELECT (COUNT(DISTINCT ?l) AS ?n) WHERE { GRAPH <" + DEMO_GRAPH
            + "> { ?l a odsl:CareLocation } ?l odsl:localAuthority ?la }"), "every council name resolves");
    }

    @Test
    void theCubeSumsCareHomeBedsPerCouncilAsTheCsvDoes() throws Exception {
        Map<String, Long> beds = new TreeMap<>();
        Map<String, Long> homes = new TreeMap<>();
        for (Map<String, String> r : demoRows()) {
            if (r.get("Care home?").equals("Y")) {
                beds.merge(r.get("Location Local Authority"), Long.parseLong(r.get("Care homes beds")), Long::sum);
                homes.merge(r.get("Location Local Authority"), 1L, Long::sum);
            }
        }
        String cube = """
            SELECT ?name (SUM(?v) AS ?n) WHERE {
              ?obs qb:dataSet <https://odsl.org.uk/id/dataset/care-home-beds> ; qb:measureType %1$s ; %1$s ?v ;
                   sdmx-dimension:refArea ?la ; sdmx-dimension:refPeriod <http://reference.data.gov.uk/id/month/2025-03> ;
                   sdmx-attribute:unitMeasure <http://qudt.org/vocab/unit/NUM> .
              ?la a odsl:UpperTierLocalAuthority ; rdfs:label ?name } GROUP BY ?name""";
        assertEquals(beds, new TreeMap<>(StoreQueries.counts(demoDb, cube.formatted("odsl:careHomeBedCount"))));
        assertEquals(homes, new TreeMap<>(StoreQueries.counts(demoDb, cube.formatted("odsl:careHomeCount"))));
        assertEquals(2L * beds.size(), StoreQueries.count(demoDb, 
            "SELECT (COUNT(?o) AS ?n) WHERE { ?o qb:dataSet <https://odsl.org.uk/id/dataset/care-home-beds> }"));
        assertEquals(1, StoreQueries.count(demoDb, "SELECT (COUNT(?o) AS ?n) WHERE { "
            + "<https://odsl.org.uk/id/observation/care-home-beds/E10000016/month/2025-03/beds> qb:dataSet ?o }"));
    }

    /** Each location's CCG column names a sub-ICB location, which the ONS lookup places in its ICB. */
    @Test
    void careHomesPerIcbEqualTheCsv() throws Exception {
        Map<String, String> icbOfSubIcb = ReferenceAreas.subIcbLocations().stream()
            .collect(Collectors.toMap(SubIcbLocation::code, SubIcbLocation::icbName));
        Map<String, Long> expected = PoliceCsv.countBy(demoRows(), r -> icbOfSubIcb.get(r.get("Location ONSPD CCG Code")));
        assertEquals(demoRows().size(), expected.values().stream().mapToLong(Long::longValue).sum());
        assertEquals(expected, new TreeMap<>(StoreQueries.counts(demoDb, "SELECT ?icb (COUNT(?l) AS ?n) WHERE { GRAPH <"
            + DEMO_GRAPH + "> { ?l odsl:onspdCcg ?subIcb } ?subIcb odsl:within ?area . ?area a odsl:IntegratedCareBoard ; "
            + "rdfs:label ?icb } GROUP BY ?icb")));
    }

    @Test
    void regulatedActivitiesServiceTypesAndRatingsEqualTheCsv() throws Exception {
        List<Map<String, String>> rows = demoRows();
        for (String[] group : List.of(new String[] {"Regulated activity - ", "odsl:regulatedActivity"},
                new String[] {"Service type - ", "odsl:serviceType"}, new String[] {"Service user band - ", "odsl:serviceUserBand"})) {
            Map<String, Long> expected = new TreeMap<>();
            for (Map<String, String> r : rows) {
                r.forEach((column, value) -> {
                    if (column.startsWith(group[0]) && value.equals("Y")) {
                        expected.merge(column.substring(group[0].length()), 1L, Long::sum);
                    }
                });
            }
            assertEquals(expected, new TreeMap<>(StoreQueries.counts(demoDb, "SELECT ?label (COUNT(?l) AS ?n) WHERE { GRAPH <"
                + DEMO_GRAPH + "> { ?l " + group[1] + " ?c } ?c skos:prefLabel ?label } GROUP BY ?label")), group[0]);
        }
        assertEquals(PoliceCsv.countBy(rows, r -> r.get("Location Latest Overall Rating")), new TreeMap<>(StoreQueries.counts(
            demoDb, "SELECT ?label (COUNT(?l) AS ?n) WHERE { GRAPH <" + DEMO_GRAPH + "> { ?l odsl:latestOverallRating ?r } "
            + "?r skos:prefLabel ?label } GROUP BY ?label")));
        assertEquals(PoliceCsv.countBy(rows, r -> "https://odsl.org.uk/id/organisation/" + r.get("Location Commissioning CCG Code")),
            new TreeMap<>(StoreQueries.counts(demoDb, "SELECT ?o (COUNT(?l) AS ?n) WHERE { GRAPH <" + DEMO_GRAPH
                + "> { ?l odsl:commissioningCcg ?o } } GROUP BY ?o")));
    }

    /**
     * Values the layout must not carry are rejected with their line and reason, and the rest load: a rating outside
     * CQC's list ("Bad", as in the wmfs ODS fixture's TEST rows), a care-home flag that is neither Y nor N, an ODS code
     * with spaces ("TEST ODS CODE", also from that fixture), a date that is not dd/mm/yyyy and an N in a
     * "Regulated activity - ..." column (they hold Y or nothing).
     */
    @Test
    void badValuesAreRejectedWithTheirLineAndEveryOtherRowLoads() throws Exception {
        Path data = tmp.resolve("bad-data");
        Path file = data.resolve(CqcLocationFiles.RELATIVE_PATH);
        Files.createDirectories(file.getParent());
        List<String> lines = Files.readAllLines(demoData.resolve(CqcLocationFiles.RELATIVE_PATH));
        lines.set(1, lines.get(1).replaceFirst(",(Good|Outstanding|Requires improvement|Inadequate),", ",Bad,"));
        lines.set(2, lines.get(2).replaceFirst("^(9-[0-9]+,[0-9/]+,[YN]),[YN],", "$1,X,"));
        lines.set(3, lines.get(3).replaceFirst("^(9-[0-9]+,[0-9/]+,[YN],[YN],[^,]+),,", "$1,TEST ODS CODE,"));
        lines.set(4, lines.get(4).replaceFirst("^(9-[0-9]+),[0-9/]+,", "$1,2020-13-45,"));
        assertTrue(!lines.get(5).contains("\""), "an unquoted row to edit by column");
        String[] fields = lines.get(5).split(",", -1);
        fields[CqcLocationFiles.HEADER.indexOf("Regulated activity - Nursing care")] = "N";
        lines.set(5, String.join(",", fields));
        Files.write(file, String.join("\r\n", lines).concat("\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path db = tmp.resolve("bad/db");
        CliRun run = CliRun.of("build", "--catalog", "src/test/resources/catalogs/cqc-locations-demo.ttl",
            "--data", data.toString(), "--db", db.toString(), "--release", "cqc-locations-2025-03");
        int rows = lines.size() - 1;
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.out().contains("cqc-locations-2025-03: read %,d records, loaded %,d, rejected 5".formatted(rows, rows - 5)),
            run.out());
        String report = Files.readString(tmp.resolve("bad/db-reports/rejects-cqc-locations-2025-03.csv"));
        assertTrue(report.contains("line 2,validate,<https://odsl.org.uk/def/odsl/latestOverallRating>"), report);
        assertTrue(report.contains("must be one of the CQC ratings"), report);
        assertTrue(report.contains("line 3,validate,<https://odsl.org.uk/def/odsl/isCareHome>"), report);
        assertTrue(report.contains("line 4,validate,<https://odsl.org.uk/def/odsl/nhsOrganisation>"), report);
        assertTrue(report.contains("TEST%20ODS%20CODE"), report);
        assertTrue(report.contains("line 5,map"), report);
        assertTrue(report.contains("2020-13-45"), report);
        assertTrue(report.contains("line 6,validate,<https://odsl.org.uk/def/odsl/regulatedActivity>"), report);
        assertTrue(report.contains("cqc-regulated-activity/nursing-care/n>"), report);
        assertEquals(rows - 5, StoreQueries.count(db, "SELECT (COUNT(?l) AS ?n) WHERE { GRAPH <" + DEMO_GRAPH
            + "> { ?l a odsl:CareLocation } }"));
    }

    /**
     * The wmfs ODS fixture (the real 119-column header with synthetic TEST rows) converted cell for cell to CSV: none
     * of its rows has a Provider ID and every one names the location ODS code "TEST ODS CODE", so every row is
     * rejected, not loaded; its two rows rated "Bad" are rejected for the rating too.
     */
    @Test
    void theOdsFixtureTestRowsAreAllRejectedWithTheirReasons() throws Exception {
        List<List<String>> table = OdsTable.read(DATA.resolve("social_care/cqc/wmfs_HSCA_Active_Locations_header_fixture.ods"));
        assertEquals(CqcLocationFiles.HEADER, table.get(0));
        Path data = tmp.resolve("fixture-data");
        Path file = data.resolve(CqcLocationFiles.RELATIVE_PATH);
        Files.createDirectories(file.getParent());
        StringBuilder csv = new StringBuilder();
        List<Integer> badLines = new ArrayList<>();
        int rating = CqcLocationFiles.HEADER.indexOf("Location Latest Overall Rating");
        for (int i = 0; i < table.size(); i++) {
            List<String> row = table.get(i);
            csv.append(row.stream().map(v -> v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v)
                .collect(Collectors.joining(","))).append("\r\n");
            if (row.get(rating).equals("Bad")) {
                badLines.add(i + 1);
            }
        }
        Files.writeString(file, csv);
        assertEquals(List.of(4, 10), badLines, "rows 33333 and 99999");
        Path db = tmp.resolve("fixture/db");
        CliRun run = CliRun.of("build", "--catalog", "src/test/resources/catalogs/cqc-locations-demo.ttl",
            "--data", data.toString(), "--db", db.toString(), "--release", "cqc-locations-2025-03");
        assertTrue(run.out().contains("cqc-locations-2025-03: read 13 records, loaded 0, rejected 13"), run.all());
        String report = Files.readString(tmp.resolve("fixture/db-reports/rejects-cqc-locations-2025-03.csv"));
        for (int line : badLines) {
            assertTrue(report.contains("line " + line + ",validate,<https://odsl.org.uk/def/odsl/latestOverallRating>"), report);
        }
        for (int line = 2; line <= 14; line++) {
            assertTrue(report.contains("line " + line + ",validate,<http://www.w3.org/ns/org#siteOf>"), "line " + line);
        }
    }

    /** Reads the first sheet of an OpenDocument spreadsheet as text cells (repeated cells expanded, trailing blanks cut). */
    static final class OdsTable {
        private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
        private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

        static List<List<String>> read(Path ods) throws Exception {
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(ods.toFile())) {
                var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                var doc = factory.newDocumentBuilder().parse(zip.getInputStream(zip.getEntry("content.xml")));
                var rows = ((org.w3c.dom.Element) doc.getElementsByTagNameNS(TABLE, "table").item(0))
                    .getElementsByTagNameNS(TABLE, "table-row");
                List<List<String>> table = new ArrayList<>();
                int width = 0;
                for (int r = 0; r < rows.getLength(); r++) {
                    List<String> cells = new ArrayList<>();
                    for (var c = rows.item(r).getFirstChild(); c != null; c = c.getNextSibling()) {
                        if (!(c instanceof org.w3c.dom.Element cell)) {
                            continue;
                        }
                        String repeat = cell.getAttributeNS(TABLE, "number-columns-repeated");
                        List<String> paragraphs = new ArrayList<>();
                        var ps = cell.getElementsByTagNameNS(TEXT, "p");
                        for (int p = 0; p < ps.getLength(); p++) {
                            paragraphs.add(ps.item(p).getTextContent());
                        }
                        String value = String.join("\n", paragraphs);
                        int n = repeat.isEmpty() ? 1 : Integer.parseInt(repeat);
                        for (int k = 0; k < Math.min(n, 1024); k++) {
                            cells.add(value);
                        }
                    }
                    if (r == 0) {
                        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                            cells.remove(cells.size() - 1);
                        }
                        width = cells.size();
                    }
                    if (cells.stream().anyMatch(v -> !v.isEmpty())) {
                        while (cells.size() < width) {
                            cells.add("");
                        }
                        table.add(cells.subList(0, width));
                    }
                }
                return table;
            }
        }
    }
}
