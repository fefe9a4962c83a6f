package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the 11 real NHS England A&E monthly files and System-Mapping.csv (src/test/resources/catalogs/ae-attendances.ttl)
 * and checks the ae-attendances cube against figures read directly from the CSV files, one test per quirk of the real
 * files, on their real lines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AeAttendancesRealSamplesTest {
    static final String CATALOG = "src/test/resources/catalogs/ae-attendances.ttl";
    static final String GRAPH = "https://odsl.org.uk/graph/nhse-ae-attendances-";
    static final String PREFIXES = """
        PREFIX unit: <http://qudt.org/vocab/unit/>
        PREFIX aetype: <https://odsl.org.uk/def/ae-department-type/>
        """;

    @TempDir
    static Path tmp;
    Path db;
    CliRun build;

    @BeforeAll
    void buildSamples() {
        assertTrue(Files.isDirectory(AeCsv.DIR), "the real samples must be at " + AeCsv.DIR.toAbsolutePath());
        db = tmp.resolve("db");
        build = CliRun.of("build", "--catalog", CATALOG, "--data", "../shared/data", "--db", db.toString());
    }

    @Test
    void everyRecordOfEveryMonthIsLoadedAndNoneRejected() throws IOException {
        assertEquals(0, build.exitCode(), build.all());
        assertTrue(build.out().contains("build: 13 of 13 releases loaded"), build.out());
        for (var e : AeCsv.FILES.entrySet()) {
            int rows = AeCsv.rows(AeCsv.DIR.resolve(e.getValue())).size() - 1;
            String n = String.format("%,d", rows);
            assertTrue(build.out().contains("nhse-ae-attendances-" + e.getKey() + ": read " + n + " records, loaded " + n
                + ", rejected 0"), e.getValue() + " (" + rows + " rows):\n" + build.out());
        }
        int mappings = AeCsv.rows(AeCsv.DIR.resolve("System-Mapping.csv")).size() - 1;
        assertEquals(208, mappings);
        assertTrue(build.out().contains("nhse-ae-system-mapping: read 208 records, loaded 208, rejected 0"), build.out());
    }

    /** Every cell of every month: the graph holds exactly the observations the file gives, with the file's values. */
    @Test
    void everyObservationEqualsItsCellInTheFile() throws Exception {
        for (var e : AeCsv.FILES.entrySet()) {
            Map<String, BigDecimal> expected = AeCsv.expected(e.getKey(), AeCsv.DIR.resolve(e.getValue()));
            Map<String, BigDecimal> actual = observations(e.getKey());
            assertEquals(expected.size(), actual.size(), e.getValue() + ": observation count");
            for (var cell : expected.entrySet()) {
                BigDecimal got = actual.get(cell.getKey());
                assertTrue(got != null && got.compareTo(cell.getValue()) == 0,
                    e.getValue() + ": " + cell.getKey() + " expected " + cell.getValue() + ", graph has " + got);
            }
        }
    }

    @Test
    void providerMonthTotalsEqualTheFile() throws Exception {
        // Leeds Teaching Hospitals, May 2025: Total attendances "31,385", Total Emergency Admissions "4,868"
        assertEquals(31385L, StoreQueries.count(db, PREFIXES + """
            SELECT (SUM(?v) AS ?n) WHERE { ?o odsl:provider <https://odsl.org.uk/id/organisation/RR8> ;
                sdmx-dimension:refPeriod <http://reference.data.gov.uk/id/month/2025-05> ;
                odsl:aeDepartmentType aetype:all-ae-types ; odsl:aeAttendances ?v }"""));
        // per provider and month, total attendances in the graph = the file's "Total attendances" column
        for (var e : AeCsv.FILES.entrySet()) {
            Map<String, Long> expected = new TreeMap<>();
            List<String[]> rows = AeCsv.rows(AeCsv.DIR.resolve(e.getValue()));
            for (String[] row : rows.subList(1, rows.size())) {
                expected.put("https://odsl.org.uk/id/organisation/" + row[0], AeCsv.number(row[6]).longValueExact());
            }
            Map<String, Long> actual = StoreQueries.counts(db, PREFIXES + """
                SELECT ?p (SUM(?v) AS ?n) WHERE { GRAPH <%s> { ?o odsl:provider ?p ;
                    odsl:aeDepartmentType aetype:all-ae-types ; odsl:aeAttendances ?v } } GROUP BY ?p"""
                .formatted(GRAPH + e.getKey()));
            assertEquals(expected, new TreeMap<>(actual), e.getValue());
            // and the sum of the three department types is the same total
            Map<String, Long> byType = StoreQueries.counts(db, PREFIXES + """
                SELECT ?p (SUM(?v) AS ?n) WHERE { GRAPH <%s> { ?o odsl:provider ?p ; odsl:aeAttendances ?v ;
                    odsl:aeDepartmentType ?t FILTER (?t != aetype:all-ae-types) } } GROUP BY ?p"""
                .formatted(GRAPH + e.getKey()));
            assertEquals(expected, new TreeMap<>(byType), e.getValue() + ", sum of types");
        }
    }

    @Test
    void duplicateColumnNamesAreReadByPosition() throws Exception {
        Path may = AeCsv.DIR.resolve("May-2025-AE.csv");
        String header = AeCsv.rows(may).get(0)[3];
        assertEquals("Type 1 Departments - Major A&E", header);
        assertEquals(3, List.of(AeCsv.rows(may).get(0)).stream().filter(header::equals).count(), "the name repeats");
        assertTrue(AeCsv.line(may, "RR8").startsWith(
            "RR8,NHS England North East And Yorkshire ,Leeds Teaching Hospitals NHS Trust,\"18,086\",689,\"12,610\","
                + "\"31,385\",\"10,941\",689,\"12,374\",\"24,004\",\"7,145\",0,236,\"7,381\""));
        Map<String, BigDecimal> obs = observations("2025-05");
        String rr8 = AeCsv.OBS + "RR8/2025-05/type-1/";
        assertEquals(0, new BigDecimal("18086").compareTo(obs.get(rr8 + "attendances")));
        assertEquals(0, new BigDecimal("10941").compareTo(obs.get(rr8 + "attendances-within-4-hours")));
        assertEquals(0, new BigDecimal("7145").compareTo(obs.get(rr8 + "attendances-over-4-hours")));
    }

    @Test
    void thousandsSeparatorsInQuotedNumbers() throws Exception {
        Path july = AeCsv.DIR.resolve("July-2025-AE.csv");
        assertTrue(AeCsv.line(july, "RC9").contains("\"17,502\""), AeCsv.line(july, "RC9"));
        assertEquals(0, new BigDecimal("17502").compareTo(observations("2025-07").get(AeCsv.OBS + "RC9/2025-07/type-1/attendances")));
        assertEquals(1, StoreQueries.count(db, PREFIXES + """
            SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s2025-07> { ?o odsl:aeAttendances 17502 } }""".formatted(GRAPH)));
    }

    @Test
    void dashMeansNotApplicableAndGivesNoObservation() throws Exception {
        Path august = AeCsv.DIR.resolve("August-2025-AE.csv");
        String line = AeCsv.line(august, "RC9");
        // Bedfordshire Hospitals has no type 2 department: 0 attendances, and the type 2 percentage is '-'
        assertTrue(line.contains(",75.90%,63.20%,-,100.00%,"), line);
        Map<String, BigDecimal> obs = observations("2025-08");
        String rc9 = AeCsv.OBS + "RC9/2025-08/type-2/";
        assertFalse(obs.containsKey(rc9 + "percent-within-4-hours"), "no observation for '-'");
        assertEquals(0, BigDecimal.ZERO.compareTo(obs.get(rc9 + "attendances")), "the zero count is kept");
        assertEquals(0, new BigDecimal("63.2").compareTo(obs.get(AeCsv.OBS + "RC9/2025-08/type-1/percent-within-4-hours")));
    }

    @Test
    void percentagesWithAndWithoutPercentSignInEveryMonth() throws Exception {
        // April 2025 writes 73.5, later months 76.00%; every month is checked for its form and its values
        assertTrue(AeCsv.line(AeCsv.DIR.resolve("April-2025-AE.csv"), "RC9").contains(",73.5,59.0,0.0,100.0,"));
        assertTrue(AeCsv.line(AeCsv.DIR.resolve("May-2025-AE.csv"), "RC9").contains(",76.00%,63.00%,-,100.00%,"));
        for (var e : AeCsv.FILES.entrySet()) {
            List<String[]> rows = AeCsv.rows(AeCsv.DIR.resolve(e.getValue()));
            boolean signed = e.getKey().equals("2025-04") ? false : true;
            long checked = 0;
            for (String[] row : rows.subList(1, rows.size())) {
                for (int c = 15; c <= 18; c++) {
                    if (!row[c].equals("-")) {
                        assertEquals(signed, row[c].endsWith("%"), e.getValue() + " " + row[0] + " column " + c + ": " + row[c]);
                        checked++;
                    }
                }
            }
            assertTrue(checked > 500, e.getValue());
            Map<String, Long> units = StoreQueries.counts(db, PREFIXES + """
                SELECT ?u (COUNT(?o) AS ?n) WHERE { GRAPH <%s> { ?o odsl:aePercentWithin4Hours ?v ;
                    sdmx-attribute:unitMeasure ?u FILTER (?v >= 0 && ?v <= 100) } } GROUP BY ?u"""
                .formatted(GRAPH + e.getKey()));
            long expected = AeCsv.expected(e.getKey(), AeCsv.DIR.resolve(e.getValue())).keySet().stream()
                .filter(k -> k.endsWith("/percent-within-4-hours")).count();
            assertEquals(Map.of("http://qudt.org/vocab/unit/PERCENT", expected), units, e.getValue());
        }
        assertEquals(0, new BigDecimal("73.5").compareTo(observations("2025-04").get(AeCsv.OBS + "RC9/2025-04/all-ae-types/percent-within-4-hours")));
        assertEquals(0, new BigDecimal("76").compareTo(observations("2025-05").get(AeCsv.OBS + "RC9/2025-05/all-ae-types/percent-within-4-hours")));
        // April's 0.0 for a type without attendances is "not applicable", as '-' in the other months
        assertFalse(observations("2025-04").containsKey(AeCsv.OBS + "RC9/2025-04/type-2/percent-within-4-hours"));
    }

    @Test
    void trailingSpacesInRegionAreTrimmed() throws Exception {
        assertTrue(AeCsv.line(AeCsv.DIR.resolve("May-2025-AE.csv"), "RC9").startsWith("RC9,NHS England East Of England ,"));
        Set<String> regions = new TreeSet<>(StoreQueries.counts(db, PREFIXES + """
            SELECT ?r (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p odsl:nhsEnglandRegionName ?r } GROUP BY ?r""").keySet());
        Set<String> fromFiles = new TreeSet<>();
        for (String file : AeCsv.FILES.values()) {
            List<String[]> rows = AeCsv.rows(AeCsv.DIR.resolve(file));
            rows.subList(1, rows.size()).forEach(r -> fromFiles.add(r[1].strip()));
        }
        assertEquals(fromFiles, regions);
        assertTrue(regions.contains("NHS England East Of England"), regions.toString());
        assertEquals(1, StoreQueries.count(db, PREFIXES + """
            SELECT (COUNT(*) AS ?n) WHERE { <https://odsl.org.uk/id/organisation/RC9> odsl:nhsEnglandRegionName ?r }"""));
    }

    @Test
    void aprilsCorruptedHeaderDoesNotMatter() throws Exception {
        Path april = AeCsv.DIR.resolve("April-2025-AE.csv");
        String header = Files.readAllLines(april, StandardCharsets.UTF_8).get(0);
        assertTrue(header.startsWith("Code,Region,Name,Type 1 Departments 0 Major A&E,Type 2 Departments 0 Single Specialty,"), header);
        assertTrue(AeCsv.line(april, "RC9").startsWith("RC9,NHS England East Of England ,Bedfordshire Hospitals NHS Foundation Trust,16149,0,8810,24959,"));
        Map<String, BigDecimal> obs = observations("2025-04");
        assertEquals(0, new BigDecimal("16149").compareTo(obs.get(AeCsv.OBS + "RC9/2025-04/type-1/attendances")));
        assertEquals(0, new BigDecimal("24959").compareTo(obs.get(AeCsv.OBS + "RC9/2025-04/all-ae-types/attendances")));
    }

    @Test
    void providersLinkToTheirIntegratedCareBoard() throws Exception {
        Path map = AeCsv.DIR.resolve("System-Mapping.csv");
        // real lines: a trailing space in the code, a lower-case letter in the code, a duplicated provider
        assertTrue(Files.readAllLines(map).contains("AQM01 ,Faversham Medical Practice MIU,QKS,NHS Kent And Medway Integrated Care Board,South East Commissioning Region"));
        assertTrue(Files.readAllLines(map).contains("NTV0b,Ashford Walk-In-Centre,QXU,NHS Surrey Heartlands Integrated Care Board,South East Commissioning Region"));
        assertEquals(2, Files.readAllLines(map).stream().filter(l -> l.startsWith("NNFA7,")).count());
        Map<String, Long> icb = StoreQueries.counts(db, PREFIXES + """
            SELECT ?code (COUNT(?icb) AS ?n) WHERE { ?p org:subOrganizationOf ?icb ; skos:notation ?code
              FILTER (?code IN ("RR8", "RAE", "RCF", "RXF", "RWY", "RVV", "RWF", "RN7", "RPA", "RYY", "AQM01", "NTV0B", "NNFA7")) }
            GROUP BY ?code""");
        assertEquals(13, icb.size(), icb.toString());
        icb.values().forEach(n -> assertEquals(1L, n));
        assertEquals(5, StoreQueries.count(db, PREFIXES + """
            SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p org:subOrganizationOf <https://odsl.org.uk/id/organisation/QWO> ;
              skos:notation ?c FILTER (?c IN ("RR8", "RAE", "RCF", "RXF", "RWY")) }"""));
        assertEquals(1, StoreQueries.count(db, PREFIXES + """
            SELECT (COUNT(*) AS ?n) WHERE { <https://odsl.org.uk/id/organisation/AQM01> org:subOrganizationOf
              <https://odsl.org.uk/id/organisation/QKS> }"""));
        assertEquals(1, StoreQueries.count(db, PREFIXES + """
            SELECT (COUNT(*) AS ?n) WHERE { <https://odsl.org.uk/id/organisation/NTV0B> org:subOrganizationOf
              <https://odsl.org.uk/id/organisation/QXU> }"""));
        // A&E providers without an ICB are exactly those System-Mapping.csv lacks
        Set<String> withoutIcb = new TreeSet<>(StoreQueries.counts(db, PREFIXES + """
            SELECT ?p (COUNT(?o) AS ?n) WHERE { ?o odsl:provider ?p FILTER NOT EXISTS { ?p org:subOrganizationOf ?icb } }
            GROUP BY ?p""").keySet());
        assertEquals(Set.of("NQT51", "Y00751", "Y02147", "Y07709").stream()
            .map(c -> "https://odsl.org.uk/id/organisation/" + c).collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
            withoutIcb);
    }

    /** ICB area (ONS, odsl:odsCode) → ICB organisation (skos:notation) → providers → cube, equals the CSV sums. */
    @Test
    void attendancesByIntegratedCareBoardAreaEqualTheFiles() throws Exception {
        Map<String, String> icbOf = new HashMap<>();
        List<String[]> mapping = AeCsv.rows(AeCsv.DIR.resolve("System-Mapping.csv"));
        for (String[] r : mapping.subList(1, mapping.size())) {
            icbOf.put(r[0].strip().toUpperCase(java.util.Locale.ROOT), r[2]);
        }
        for (var e : AeCsv.FILES.entrySet()) {
            Map<String, Long> expected = new TreeMap<>();
            List<String[]> rows = AeCsv.rows(AeCsv.DIR.resolve(e.getValue()));
            for (String[] row : rows.subList(1, rows.size())) {
                if (icbOf.containsKey(row[0])) {
                    expected.merge(icbOf.get(row[0]), AeCsv.number(row[6]).longValueExact(), Long::sum);
                }
            }
            Map<String, Long> actual = StoreQueries.counts(db, PREFIXES + """
                SELECT ?ods (SUM(?n) AS ?total) WHERE {
                  ?icbArea a odsl:IntegratedCareBoard ; odsl:odsCode ?ods .
                  ?icbOrg skos:notation ?ods ; ^org:subOrganizationOf ?provider .
                  ?obs odsl:provider ?provider ; sdmx-dimension:refPeriod <http://reference.data.gov.uk/id/month/%s> ;
                       odsl:aeDepartmentType aetype:all-ae-types ; odsl:aeAttendances ?n .
                } GROUP BY ?ods""".formatted(e.getKey()));
            assertEquals(expected, new TreeMap<>(actual), e.getValue());
        }
        assertEquals(94995L, StoreQueries.counts(db, PREFIXES + """
            SELECT ?ods (SUM(?n) AS ?total) WHERE {
              <http://statistics.data.gov.uk/id/statistical-geography/E54000054> odsl:odsCode ?ods .
              ?icbOrg skos:notation ?ods ; ^org:subOrganizationOf ?provider .
              ?obs odsl:provider ?provider ; sdmx-dimension:refPeriod <http://reference.data.gov.uk/id/month/2025-05> ;
                   odsl:aeDepartmentType aetype:all-ae-types ; odsl:aeAttendances ?n .
            } GROUP BY ?ods""").get("QWO"), "West Yorkshire ICB, May 2025");
    }

    /** Observation URI → measure value in one month's release graph. */
    private Map<String, BigDecimal> observations(String month) throws Exception {
        String query = PREFIXES + StoreQueries.PREFIXES + """
            SELECT ?o ?v WHERE { GRAPH <%s> { ?o a qb:Observation ; qb:measureType ?m ; ?m ?v } }"""
            .formatted(GRAPH + month);
        return StoreQueries.withStore(db, dsg -> {
            Map<String, BigDecimal> out = new HashMap<>();
            try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(dsg))) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    BigDecimal previous = out.put(row.getResource("o").getURI(),
                        new BigDecimal(row.getLiteral("v").getLexicalForm()));
                    if (previous != null) {
                        throw new AssertionError(row.getResource("o") + " has more than one value");
                    }
                }
            }
            return out;
        });
    }
}
