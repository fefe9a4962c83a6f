package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the real NHS ODS samples (etr.csv, ect.csv, epraccur.csv of December 2019) with the LSOA → CCG lookups of
 * April 2019 and April 2020 and the sub-ICB → ICB lookup of July 2022 (src/test/resources/catalogs/nhs-organisations.ttl),
 * then checks the graph against figures computed directly from the headerless CSV files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NhsOrganisationsBuildTest {
    static final Path DATA = Path.of("../shared/data");
    static final Path ETR = DATA.resolve("nhs_organisations/dfe-send-ap-dashboard/etr.csv");
    static final Path ECT = DATA.resolve("nhs_organisations/dfe-send-ap-dashboard/ect.csv");
    static final Path EPRACCUR = DATA.resolve("nhs_organisations/psychty-primary-care-geographies/epraccur.csv");
    static final Path CCG19 = DATA.resolve("geography/jtrim-ons-lookups/"
        + "217_Lower_Layer_Super_Output_Area_(2011)_to_Clinical_Commissioning_Group_to_Local_Authority_District_(April_2019)_Lookup_in_England.csv");
    static final Path CCG20 = DATA.resolve("geography/jtrim-ons-lookups/"
        + "219_Lower_Layer_Super_Output_Area_(2011)_to_Clinical_Commissioning_Group_to_Local_Authority_District_(April_2020)_Lookup_in_England.csv");
    static final Path SUB_ICB = DATA.resolve("geography/dfe-send-ap-dashboard/"
        + "Sub_ICB_Locations_to_Integrated_Care_Boards_to_NHS_England_(Region)_(July_2022)_Lookup_in_England.csv");
    static final String TRUSTS = "https://odsl.org.uk/graph/nhs-ods-trusts";
    static final String CARE_TRUSTS = "https://odsl.org.uk/graph/nhs-ods-care-trusts";
    static final String PRACTICES = "https://odsl.org.uk/graph/nhs-ods-gp-practices";
    static final String ORG = "https://odsl.org.uk/id/organisation/";
    static final String AREA = "http://statistics.data.gov.uk/id/statistical-geography/";
    static final String WEST_YORKSHIRE_ICB = AREA + "E54000054";
    static final String KENT_AND_MEDWAY_ICB = AREA + "E54000032";
    static final String PREFIXES = """
        PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX schema: <http://schema.org/>
        PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
        PREFIX adms: <http://www.w3.org/ns/adms#>
        """;

    @TempDir
    static Path tmp;
    Path db;
    CliRun build;
    List<String[]> etr;
    List<String[]> ect;
    List<String[]> epraccur;

    @BeforeAll
    void buildSamples() throws IOException {
        assertTrue(Files.isDirectory(DATA), "the real samples must be at " + DATA.toAbsolutePath());
        etr = OdsCsv.rows(ETR);
        ect = OdsCsv.rows(ECT);
        epraccur = OdsCsv.rows(EPRACCUR);
        db = tmp.resolve("db");
        build = CliRun.of("build", "--catalog", "src/test/resources/catalogs/nhs-organisations.ttl",
            "--data", DATA.toString(), "--db", db.toString());
    }

    @Test
    void everyRowOfEveryFileIsLoaded() {
        assertEquals(0, build.exitCode(), build.all());
        assertTrue(build.out().contains("build: 6 of 6 releases loaded"), build.out());
        // The files have no header line: every line is a record.
        assertEquals(211, etr.size());
        assertEquals(4, ect.size());
        assertEquals(14_357, epraccur.size());
        for (var release : Map.of("nhs-ods-trusts", etr, "nhs-ods-care-trusts", ect, "nhs-ods-gp-practices", epraccur)
                .entrySet()) {
            String n = "%,d".formatted(release.getValue().size());
            String line = release.getKey() + ": read " + n + " records, loaded " + n + ", rejected 0";
            assertTrue(build.out().contains(line), line + "\n" + build.out());
        }
    }

    @Test
    void organisationCountsPerFileEqualTheRawRows() throws Exception {
        assertEquals(etr.size(), count("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { GRAPH <" + TRUSTS
            + "> { ?o a odsl:NhsTrust } }"));
        assertEquals(0, count("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { GRAPH <" + TRUSTS + "> { ?o a odsl:CareTrust } }"));
        assertEquals(ect.size(), count("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { GRAPH <" + CARE_TRUSTS
            + "> { ?o a odsl:CareTrust , odsl:NhsTrust } }"));
        assertEquals(epraccur.size(), count("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { GRAPH <" + PRACTICES
            + "> { ?o a odsl:PrescribingCostCentre } }"));
        assertEquals(epraccur.stream().filter(r -> r[OdsCsv.PRESCRIBING_SETTING].equals("4")).count(),
            count("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { GRAPH <" + PRACTICES + "> { ?o a odsl:GpPractice } }"));
    }

    @Test
    void practicesPerCommissionerStatusAndSettingEqualTheCsv() throws Exception {
        assertEquals(countBy(epraccur, r -> r[OdsCsv.COMMISSIONER]), counts("SELECT ?key (COUNT(?p) AS ?n) WHERE { GRAPH <"
            + PRACTICES + "> { ?p odsl:commissioner ?c } ?c skos:notation ?key } GROUP BY ?key"));
        assertEquals(countBy(epraccur, r -> r[OdsCsv.STATUS]), counts("SELECT ?key (COUNT(?p) AS ?n) WHERE { GRAPH <"
            + PRACTICES + "> { ?p odsl:organisationStatus ?s } ?s skos:notation ?key } GROUP BY ?key"));
        assertEquals(countBy(epraccur, r -> r[OdsCsv.PRESCRIBING_SETTING]), counts("SELECT ?key (COUNT(?p) AS ?n) WHERE { GRAPH <"
            + PRACTICES + "> { ?p odsl:prescribingSetting ?s } ?s skos:notation ?key } GROUP BY ?key"));
        assertEquals(countBy(etr, r -> r[OdsCsv.HEALTH_GEOGRAPHY]), counts("SELECT ?key (COUNT(?t) AS ?n) WHERE { GRAPH <"
            + TRUSTS + "> { ?t odsl:healthGeography ?i } ?i skos:notation ?key } GROUP BY ?key"));
    }

    @Test
    void namesPostcodesOpenDatesAndIdentifiersAreThoseOfTheCsv() throws Exception {
        Map<String, String> expected = new TreeMap<>();
        for (String[] r : epraccur) {
            expected.put(r[OdsCsv.CODE], r[OdsCsv.NAME] + "|" + r[OdsCsv.POSTCODE] + "|" + OdsCsv.isoDate(r[OdsCsv.OPEN_DATE]));
        }
        Map<String, String> actual = new TreeMap<>(strings("SELECT ?code (CONCAT(STR(?name), '|', COALESCE(?pc, ''), '|', STR(?open)) AS ?v)"
            + " WHERE { GRAPH <" + PRACTICES + "> { ?p a odsl:PrescribingCostCentre ; skos:notation ?code ; skos:prefLabel ?name ;"
            + " schema:foundingDate ?open ; adms:identifier ?id . ?id skos:notation ?idCode"
            + " FILTER (DATATYPE(?idCode) = <https://fhir.nhs.uk/Id/ods-organization-code> && STR(?idCode) = ?code)"
            + " OPTIONAL { ?p vcard:hasAddress/vcard:postal-code ?pc } } }"));
        assertEquals(expected, actual);
    }

    @Test
    void closedOrganisationsCarryTheirCloseDate() throws Exception {
        Map<String, String> expected = new TreeMap<>();
        for (List<String[]> file : List.of(etr, epraccur)) {
            for (String[] r : file) {
                if (!r[OdsCsv.CLOSE_DATE].isEmpty()) {
                    expected.put(r[OdsCsv.CODE], OdsCsv.isoDate(r[OdsCsv.CLOSE_DATE]));
                }
            }
        }
        assertEquals(2, etr.stream().filter(r -> !r[OdsCsv.CLOSE_DATE].isEmpty()).count(), "RA4 and RVY closed in 2023");
        assertEquals(expected, new TreeMap<>(strings("SELECT ?code (STR(?closed) AS ?v) WHERE { ?o skos:notation ?code ;"
            + " schema:dissolutionDate ?closed FILTER (DATATYPE(?closed) = xsd:date) }")));
        // Every practice with status C is closed with a date, none other is.
        assertEquals(epraccur.stream().filter(r -> r[OdsCsv.STATUS].equals("C")).count(),
            count("SELECT (COUNT(?p) AS ?n) WHERE { ?p odsl:organisationStatus <https://odsl.org.uk/def/ods-status/closed> ;"
                + " schema:dissolutionDate ?d }"));
        assertEquals("2023-03-31", strings("SELECT ?code (STR(?d) AS ?v) WHERE { <" + ORG + "RA4> skos:notation ?code ;"
            + " schema:dissolutionDate ?d }").get("RA4"));
    }

    @Test
    void aRealLeedsPracticeReachesTheWestYorkshireIcbArea() throws Exception {
        String[] practice = epraccur.stream()
            .filter(r -> r[OdsCsv.COMMISSIONER].equals("15F") && r[OdsCsv.STATUS].equals("A")
                && r[OdsCsv.PRESCRIBING_SETTING].equals("4"))
            .findFirst().orElseThrow();
        assertEquals("B86001", practice[OdsCsv.CODE]);
        String reaches = "SELECT (COUNT(*) AS ?n) WHERE { <" + ORG + "%s> odsl:currentCommissioner ?c ."
            + " ?c odsl:coversArea ?area . ?area odsl:within+ <%s> }";
        assertEquals(1, count(reaches.formatted("B86001", WEST_YORKSHIRE_ICB)));
        // All 186 practices of 15F do.
        long leeds = epraccur.stream().filter(r -> r[OdsCsv.COMMISSIONER].equals("15F")).count();
        assertEquals(186, leeds);
        assertEquals(leeds, count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p odsl:commissioner <" + ORG + "15F> ;"
            + " odsl:currentCommissioner/odsl:coversArea/odsl:within+ <" + WEST_YORKSHIRE_ICB + "> }"));
    }

    @Test
    void bradfordPracticesOfPre2020CcgsResolveTo36JAndWestYorkshire() throws Exception {
        Set<String> bradford2019 = Set.of("02N", "02R", "02W");
        Map<String, String> expected = new TreeMap<>();
        epraccur.stream().filter(r -> bradford2019.contains(r[OdsCsv.COMMISSIONER]))
            .forEach(r -> expected.put(r[OdsCsv.CODE], "36J"));
        assertTrue(expected.containsKey("B83007"), "The Heaton Medical Practice, commissioned by 02R in 2019");
        Map<String, String> actual = new TreeMap<>(strings("SELECT ?code ?v WHERE { ?p skos:notation ?code ;"
            + " odsl:commissioner ?c ; odsl:currentCommissioner ?now . ?now skos:notation ?v ."
            + " VALUES ?c { <" + ORG + "02N> <" + ORG + "02R> <" + ORG + "02W> } }"));
        assertEquals(expected, actual);
        assertEquals(1, count("SELECT (COUNT(*) AS ?n) WHERE { <" + ORG + "02R> dcterms:isReplacedBy <" + ORG + "36J> ."
            + " <" + ORG + "36J> odsl:coversArea <" + AREA + "E38000232> . <" + AREA + "E38000232> odsl:within <"
            + WEST_YORKSHIRE_ICB + "> }"));
        assertEquals(expected.size(), count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { VALUES ?c { <" + ORG + "02N> <"
            + ORG + "02R> <" + ORG + "02W> } ?p odsl:commissioner ?c ; odsl:currentCommissioner/odsl:coversArea/odsl:within+ <"
            + WEST_YORKSHIRE_ICB + "> }"));
    }

    @Test
    void kentPracticesOfPre2020CcgsResolveTo91QAndKentAndMedway() throws Exception {
        // The eight 2019 Kent and Medway CCGs, from the April 2019 lookup: those whose LSOAs lie in 91Q in 2020.
        Set<String> kent2019 = ccg19CodesMergedInto("91Q");
        assertEquals(new TreeSet<>(Set.of("09C", "09E", "09J", "09W", "10A", "10D", "10E", "99J")), kent2019);
        long practices = epraccur.stream().filter(r -> kent2019.contains(r[OdsCsv.COMMISSIONER])).count();
        assertTrue(practices > 200, "Kent practices in the 2019 file: " + practices);
        assertEquals(practices, count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p odsl:commissioner ?c ;"
            + " odsl:currentCommissioner <" + ORG + "91Q> . <" + ORG + "91Q> odsl:coversArea/odsl:within+ <"
            + KENT_AND_MEDWAY_ICB + "> FILTER (?c != <" + ORG + "91Q>) }"));
        // The Grange Practice, Ramsgate (Thanet CCG 10E in 2019).
        assertEquals(1, count("SELECT (COUNT(*) AS ?n) WHERE { <" + ORG + "G82020> odsl:commissioner <" + ORG + "10E> ;"
            + " odsl:currentCommissioner <" + ORG + "91Q> }"));
    }

    @Test
    void everyMergedCcgOfTheLookupsHasItsSuccessorAndASplitOneHasNone() throws Exception {
        Map<String, Set<String>> successors = ccg19To20();
        Map<String, String> expected = new TreeMap<>();
        successors.forEach((old, next) -> {
            if (next.size() == 1 && !next.contains(old)) {
                expected.put(old, next.iterator().next());
            }
        });
        assertEquals(73, expected.size());
        assertEquals(Set.of("70F", "92A"), successors.get("09G"), "Coastal West Sussex was split in 2020");
        Map<String, String> actual = strings("SELECT ?key (SAMPLE(?newCode) AS ?v) WHERE { ?old dcterms:isReplacedBy ?new ."
            + " ?old a odsl:ClinicalCommissioningGroup ; odsl:odsCode ?key . ?new odsl:odsCode ?newCode } GROUP BY ?key");
        assertEquals(expected, new TreeMap<>(actual));
        // Practices of the split CCG keep it as their current commissioner and reach no ICB: not guessed.
        assertEquals(0, count("SELECT (COUNT(*) AS ?n) WHERE { <" + ORG + "09G> dcterms:isReplacedBy ?x }"));
        long coastalWestSussex = epraccur.stream().filter(r -> r[OdsCsv.COMMISSIONER].equals("09G")).count();
        assertEquals(85, coastalWestSussex);
        assertEquals(coastalWestSussex, count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p odsl:commissioner <" + ORG
            + "09G> ; odsl:currentCommissioner <" + ORG + "09G> FILTER NOT EXISTS { ?p odsl:currentCommissioner/odsl:coversArea/"
            + "odsl:within+ ?icb . ?icb a odsl:IntegratedCareBoard } }"));
    }

    @Test
    void aTrustReachesItsIcbAndTheDistrictsOfThatIcb() throws Exception {
        String[] bradford = etr.stream().filter(r -> r[OdsCsv.CODE].equals("RAE")).findFirst().orElseThrow();
        assertEquals("QWO", bradford[OdsCsv.HEALTH_GEOGRAPHY]);
        // Districts of the LSOAs whose 2020 CCG is a sub-ICB location of QWO, from the raw lookups.
        Set<String> qwoCcgs = OdsCsv.rows(SUB_ICB).stream().filter(r -> r[4].equals("QWO")).map(r -> r[1])
            .collect(Collectors.toSet());
        Set<String> expected = new TreeSet<>();
        List<String[]> lookup = OdsCsv.rows(CCG20);
        for (String[] r : lookup.subList(1, lookup.size())) {
            if (qwoCcgs.contains(r[4])) {
                expected.add(r[6]);
            }
        }
        // Bradford (with Craven, part of 36J), Calderdale, Leeds and Wakefield. Kirklees is missing: its 2020 CCGs 03A
        // and 03J merged in April 2021 into X2C4Y, and no LSOA lookup of 2021 or later is among the samples.
        assertEquals(Set.of("E07000163", "E08000032", "E08000033", "E08000035", "E08000036"), expected);
        Set<String> actual = new TreeSet<>(strings("SELECT ?code (?code AS ?v) WHERE { <" + ORG + "RAE> odsl:healthGeography ?icbOrg ."
            + " ?icbOrg odsl:coversArea ?icb . ?icb a odsl:IntegratedCareBoard . ?lsoa odsl:within+ ?icb ; odsl:within ?lad ."
            + " ?lad a odsl:LocalAuthorityDistrict ; skos:notation ?code }").keySet());
        assertEquals(expected, actual);
        // Trusts and care trusts of West Yorkshire, from the raw files.
        Set<String> westYorkshire = new TreeSet<>();
        for (List<String[]> file : List.of(etr, ect)) {
            file.stream().filter(r -> r[OdsCsv.HEALTH_GEOGRAPHY].equals("QWO")).forEach(r -> westYorkshire.add(r[OdsCsv.CODE]));
        }
        assertTrue(westYorkshire.contains("TAD"), "Bradford District Care NHS FT is a care trust of QWO");
        assertEquals(westYorkshire, new TreeSet<>(strings("SELECT ?code (?code AS ?v) WHERE { ?t a odsl:NhsTrust ;"
            + " skos:notation ?code ; odsl:healthGeography/odsl:coversArea <" + WEST_YORKSHIRE_ICB + "> }").keySet()));
    }

    @Test
    void practicesWithoutACommissionerOrPostcodeLoadWithoutThem() throws Exception {
        // The real line of a closed Alderney practice: no national grouping, no postcode, sub-type Z, no commissioner.
        String[] alderney = epraccur.stream().filter(r -> r[OdsCsv.CODE].equals("ALD700")).findFirst().orElseThrow();
        assertEquals("", alderney[OdsCsv.POSTCODE]);
        assertEquals("", alderney[OdsCsv.COMMISSIONER]);
        assertEquals(1, count("SELECT (COUNT(*) AS ?n) WHERE { <" + ORG + "ALD700> a odsl:PrescribingCostCentre ;"
            + " schema:dissolutionDate \"2014-06-30\"^^xsd:date FILTER NOT EXISTS { <" + ORG + "ALD700> vcard:hasAddress ?a }"
            + " FILTER NOT EXISTS { <" + ORG + "ALD700> odsl:commissioner ?c } }"));
        assertEquals(epraccur.stream().filter(r -> r[OdsCsv.POSTCODE].isEmpty()).count(), count("SELECT (COUNT(*) AS ?n)"
            + " WHERE { GRAPH <" + PRACTICES + "> { ?p a odsl:PrescribingCostCentre FILTER NOT EXISTS { ?p vcard:hasAddress ?a } } }"));
    }

    @Test
    void aDamagedRowIsRejectedWithItsLineAndReasonAndTheRestLoad() throws Exception {
        // Real lines of epraccur.csv, damaged the ways an extract can be: a closed practice without its close date,
        // an impossible open date, an unknown status, a truncated line.
        List<String> real = Files.readAllLines(EPRACCUR, StandardCharsets.UTF_8).subList(0, 6);
        List<String> lines = List.of(real.get(0), real.get(1),
            real.get(2).replace("\"20171031\",\"C\"", "\"\",\"C\""),
            real.get(3).replace("\"19740401\"", "\"19741301\""),
            real.get(4).replaceFirst("\",\"A\",\"B\",\"", "\",\"X\",\"B\",\""),
            String.join(",", List.of(real.get(5).split(",")).subList(0, 3)));
        assertTrue(real.get(2).contains("\"20171031\",\"C\""), real.get(2));
        Path data = Files.createDirectories(tmp.resolve("damaged"));
        Files.write(data.resolve("epraccur.csv"), lines, StandardCharsets.UTF_8);
        Path catalog = tmp.resolve("damaged.ttl");
        Files.writeString(catalog, """
            @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix odsl: <https://odsl.org.uk/def/odsl/> .
            <> a dcat:Catalog ; dcterms:title "damaged"@en ; dcat:dataset <gp> .
            <gp> a dcat:Dataset ; dcterms:title "damaged epraccur"@en ; odsl:accessTier odsl:Open ;
              odsl:mapping "%s" ; odsl:shapes "%s" ; odsl:input "epraccur.csv" .
            """.formatted(Path.of("mappings/ods-gp-practices.rml.ttl").toAbsolutePath(),
                Path.of("shapes/nhs-organisations.ttl").toAbsolutePath()));
        Path damagedDb = tmp.resolve("damaged-db");
        CliRun run = CliRun.of("build", "--catalog", catalog.toString(), "--data", data.toString(), "--db", damagedDb.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.out().contains("gp: read 6 records, loaded 2, rejected 4"), run.out());
        String rejects = Files.readString(damagedDb.resolveSibling("damaged-db-reports").resolve("rejects-gp.csv"));
        assertTrue(rejects.contains("line 3,validate") && rejects.contains("must carry its close date"), rejects);
        assertTrue(rejects.contains("line 4,map,openDate") && rejects.contains("\"\"19741301\"\" is not a date"), rejects);
        assertTrue(rejects.contains("line 5,validate") && rejects.contains("Status (column 13) must be one of"), rejects);
        assertTrue(rejects.contains("line 6,map,(row)") && rejects.contains("truncated row"), rejects);
        assertFalse(rejects.contains("line 2,"), rejects);
    }

    private Set<String> ccg19CodesMergedInto(String ccg20) throws IOException {
        Set<String> codes = new TreeSet<>();
        ccg19To20().forEach((old, next) -> {
            if (next.equals(Set.of(ccg20)) && !old.equals(ccg20)) {
                codes.add(old);
            }
        });
        return codes;
    }

    /** 2019 CCG ODS code → the 2020 CCG ODS codes its LSOAs lie in, from the two raw lookups. */
    private static Map<String, Set<String>> ccg19To20() throws IOException {
        Map<String, String> lsoaTo2020 = new HashMap<>();
        List<String[]> rows2020 = OdsCsv.rows(CCG20);
        rows2020.subList(1, rows2020.size()).forEach(r -> lsoaTo2020.put(r[1], r[4]));
        Map<String, Set<String>> successors = new TreeMap<>();
        List<String[]> rows2019 = OdsCsv.rows(CCG19);
        for (String[] r : rows2019.subList(1, rows2019.size())) {
            successors.computeIfAbsent(r[4], k -> new TreeSet<>()).add(lsoaTo2020.get(r[1]));
        }
        return successors;
    }

    private static Map<String, Long> countBy(List<String[]> rows, Function<String[], String> key) {
        return rows.stream().map(key).filter(k -> !k.isEmpty())
            .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
    }

    private long count(String select) throws Exception {
        return StoreQueries.count(db, PREFIXES + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n" + select);
    }

    private Map<String, Long> counts(String select) throws Exception {
        return new TreeMap<>(StoreQueries.counts(db, PREFIXES + select));
    }

    /** A SELECT of ?key-like first column and a string second column ?v. */
    private Map<String, String> strings(String select) throws Exception {
        return StoreQueries.withStore(db, dsg -> {
            Map<String, String> values = new HashMap<>();
            try (var qe = org.apache.jena.query.QueryExecution.create(StoreQueries.PREFIXES + PREFIXES
                    + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n" + select,
                    org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                var rs = qe.execSelect();
                String k = rs.getResultVars().get(0);
                while (rs.hasNext()) {
                    var row = rs.next();
                    values.put(row.get(k).asLiteral().getLexicalForm(), row.get("v").asLiteral().getLexicalForm());
                }
            }
            return values;
        });
    }
}
