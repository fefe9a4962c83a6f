package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.generate.DemoDataGenerator;
import org.opendatasaveslives.odsl.generate.GeneratedFile;
import org.opendatasaveslives.odsl.generate.OdsOrganisationFiles;

/**
 * The synthetic ODS extracts of the demo: format-exact (headerless, 27 quoted fields, the real line endings), codes
 * that cannot collide with real ones, deterministic, and built with the demo geography with no record rejected and
 * every commissioner code of a practice closed before the 2020 CCG mergers resolved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OdsOrganisationFilesBuildTest {
    static final String ORG = "https://odsl.org.uk/id/organisation/";
    static final String AREA = "http://statistics.data.gov.uk/id/statistical-geography/";

    @TempDir
    static Path tmp;
    Path data;
    List<GeneratedFile> files;
    CliRun build;
    List<String[]> practices;

    @BeforeAll
    void generateAndBuild() throws IOException {
        data = tmp.resolve("demo");
        DemoDataGenerator.generate(data, 42, 1);
        files = OdsOrganisationFiles.writeOdsOrganisationFiles(data, 42, 1);
        practices = OdsCsv.rows(data.resolve(OdsOrganisationFiles.PRACTICES));
        Path catalog = tmp.resolve("demo-nhs.ttl");
        Files.writeString(catalog, """
            @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix odsl: <https://odsl.org.uk/def/odsl/> .
            <> a dcat:Catalog ; dcterms:title "demo NHS organisations"@en ;
               dcat:dataset <ons-lsoa11-ccg-lad> , <ons-lsoa11-ccg19-lad> , <ons-sicbl-icb-nhser> , <nhs-ods-trusts> ,
                            <nhs-ods-care-trusts> , <nhs-ods-gp-practices> .
            <ons-lsoa11-ccg-lad> a dcat:Dataset ; dcterms:title "t"@en ; odsl:accessTier odsl:Open ;
              odsl:mapping "%1$s/mappings/ons-lsoa11-ccg-lad.rml.ttl" ; odsl:shapes "%1$s/shapes/geography.ttl" ;
              odsl:input "%2$s" .
            <ons-lsoa11-ccg19-lad> a dcat:Dataset ; dcterms:title "t"@en ; odsl:accessTier odsl:Open ;
              odsl:mapping "%1$s/mappings/ons-lsoa11-ccg19-lad.rml.ttl" ; odsl:shapes "%1$s/shapes/geography.ttl" ;
              odsl:input "%3$s" .
            <ons-sicbl-icb-nhser> a dcat:Dataset ; dcterms:title "t"@en ; odsl:accessTier odsl:Open ;
              odsl:mapping "%1$s/mappings/ons-sicbl-icb-nhser.rml.ttl" ; odsl:shapes "%1$s/shapes/geography.ttl" ;
              odsl:input "%4$s" .
            <nhs-ods-trusts> a dcat:Dataset ; dcterms:title "t"@en ; odsl:accessTier odsl:Open ;
              odsl:mapping "%1$s/mappings/ods-trusts.rml.ttl" ; odsl:shapes "%1$s/shapes/nhs-organisations.ttl" ;
              odsl:parameter "kind=trust" ; odsl:input "nhs/etr.csv" .
            <nhs-ods-care-trusts> a dcat:Dataset ; dcterms:title "t"@en ; odsl:accessTier odsl:Open ;
              odsl:mapping "%1$s/mappings/ods-trusts.rml.ttl" ; odsl:shapes "%1$s/shapes/nhs-organisations.ttl" ;
              odsl:parameter "kind=care-trust" ; odsl:input "etr.csv=nhs/ect.csv" .
            <nhs-ods-gp-practices> a dcat:Dataset ; dcterms:title "t"@en ; odsl:accessTier odsl:Open ;
              odsl:mapping "%1$s/mappings/ods-gp-practices.rml.ttl" ; odsl:shapes "%1$s/shapes/nhs-organisations.ttl" ;
              odsl:input "nhs/epraccur.csv" .
            """.formatted(Path.of("").toAbsolutePath(), DemoDataGenerator.LSOA_CCG_LAD,
                OdsOrganisationFiles.LSOA_CCG19_LAD, DemoDataGenerator.SUB_ICB_ICB_NHS_REGION));
        build = CliRun.of("build", "--catalog", catalog.toString(), "--data", data.toString(), "--db",
            tmp.resolve("db").toString());
    }

    @Test
    void theGeneratedFilesLoadWithNoRecordRejected() {
        assertEquals(0, build.exitCode(), build.all());
        assertTrue(build.out().contains("build: 6 of 6 releases loaded"), build.out());
        assertTrue(build.out().contains(" + rejected 0;"), build.out());
        for (GeneratedFile file : files) {
            assertTrue(file.rows() > 0, file.toString());
        }
        assertEquals(List.of("nhs/etr.csv 15 rows", "nhs/ect.csv 1 rows", "nhs/epraccur.csv " + practices.size() + " rows",
            "geography/lsoa11_ccg19_lad.csv " + files.get(3).rows() + " rows"), files.stream().map(GeneratedFile::toString).toList());
        String n = "%,d".formatted(practices.size());
        assertTrue(build.out().contains("nhs-ods-gp-practices: read " + n + " records, loaded " + n + ", rejected 0"), build.out());
    }

    @Test
    void theFilesHaveTheOdsLayout() throws IOException {
        for (String name : List.of(OdsOrganisationFiles.TRUSTS, OdsOrganisationFiles.CARE_TRUSTS, OdsOrganisationFiles.PRACTICES)) {
            String text = Files.readString(data.resolve(name), StandardCharsets.UTF_8);
            String eol = name.equals(OdsOrganisationFiles.PRACTICES) ? "\r\n" : "\n";
            assertTrue(text.endsWith(eol), name);
            for (String line : text.split(eol)) {
                assertTrue(line.matches("^\"[^\"]*\"(,\"([^\"]|\"\")*\"){26}$"), name + ": " + line);
            }
            for (String[] row : OdsCsv.rows(data.resolve(name))) {
                assertEquals(27, row.length, name);
            }
        }
        assertEquals(OdsCsv.rows(data.resolve(OdsOrganisationFiles.LSOA_CCG19_LAD)).get(0)[3], "CCG19CD");
    }

    @Test
    void practiceCodesCannotCollideWithRealOnes() throws IOException {
        Set<String> real = OdsCsv.rows(NhsOrganisationsBuildTest.EPRACCUR).stream().map(r -> r[0]).collect(Collectors.toSet());
        for (String[] p : practices) {
            assertTrue(p[0].matches("^Z[A-Z][0-9]{4}$"), p[0]);
            assertFalse(real.contains(p[0]), p[0]);
        }
        assertTrue(real.stream().noneMatch(c -> c.matches("^[A-Z]{2}[0-9]{4}$")), "no real code has the synthetic form");
    }

    @Test
    void theSameSeedGivesTheSameFiles() throws IOException {
        Path again = tmp.resolve("again");
        OdsOrganisationFiles.writeOdsOrganisationFiles(again, 42, 1);
        for (GeneratedFile file : files) {
            assertArrayEquals(Files.readAllBytes(data.resolve(file.relativePath())),
                Files.readAllBytes(again.resolve(file.relativePath())), file.relativePath());
        }
        Path other = tmp.resolve("other");
        OdsOrganisationFiles.writeOdsOrganisationFiles(other, 7, 2);
        assertEquals(2 * practices.size(), OdsCsv.rows(other.resolve(OdsOrganisationFiles.PRACTICES)).size());
    }

    @Test
    void practicesClosedBeforeTheMergersResolveToTodaysCommissionerAndIcb() throws Exception {
        Set<String> bradford2019 = Set.of("02N", "02R", "02W");
        Set<String> kent2019 = Set.of("09C", "09E", "09J", "09W", "10A", "10D", "10E", "99J");
        long bradford = practices.stream().filter(p -> bradford2019.contains(p[14])).count();
        long kent = practices.stream().filter(p -> kent2019.contains(p[14])).count();
        assertTrue(kent >= 13, kent + " Kent practices with 2019 commissioners");
        assertEquals(bradford2019, practices.stream().map(p -> p[14]).filter(bradford2019::contains).collect(Collectors.toSet()),
            "each of Bradford's three 2019 CCGs commissions a closed demo practice");
        String resolved = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p odsl:commissioner ?c ; odsl:currentCommissioner <"
            + ORG + "%s> . ?c skos:notation ?code FILTER (?code IN (%s)) <" + ORG + "%1$s> odsl:coversArea/odsl:within+ <"
            + AREA + "%s> }";
        assertEquals(bradford, StoreQueries.count(tmp.resolve("db"), resolved.formatted("36J", quoted(bradford2019), "E54000054")));
        assertEquals(kent, StoreQueries.count(tmp.resolve("db"), resolved.formatted("91Q", quoted(kent2019), "E54000032")));
        // Every practice reaches an ICB except Kirklees ones closed before its 2021 merger (no 2021 lookup).
        long unresolvable = practices.stream().filter(p -> p[14].equals("03A") || p[14].equals("03J")).count();
        assertEquals(practices.size() - unresolvable, StoreQueries.count(tmp.resolve("db"), "SELECT (COUNT(DISTINCT ?p) AS ?n)"
            + " WHERE { ?p a odsl:PrescribingCostCentre ; odsl:currentCommissioner/odsl:coversArea/odsl:within+ ?icb ."
            + " ?icb a odsl:IntegratedCareBoard }"));
        // Every trust reaches its ICB area.
        assertEquals(16, StoreQueries.count(tmp.resolve("db"), "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a odsl:NhsTrust ;"
            + " odsl:healthGeography/odsl:coversArea ?icb . ?icb a odsl:IntegratedCareBoard }"));
    }

    private static String quoted(Set<String> codes) {
        return codes.stream().sorted().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
    }
}
