package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to {@code odsl build}, one fault at a time, against a release that first loaded cleanly: each fault gets
 * a message naming the file, line and field, a non-zero exit, and no partial graph (the bad record is absent, or the
 * whole release keeps its previous version).
 */
class BuildBadInputTest {
    static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";
    static final String GOOD_1 = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1,2025-02,Kent Police,Kent Police,0.87,51.14,On or near High Street,E01023985,Ashford 001A,Burglary,Under investigation,";
    static final String GOOD_2 = ",2025-02,Kent Police,Kent Police,0.88,51.15,On or near Station Road,E01023985,Ashford 001A,Anti-social behaviour,,";
    static final String BAD_ID = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2";
    static final String GRAPH = "https://odsl.org.uk/graph/street";

    @TempDir
    Path dir;
    Path csv;
    Path catalog;
    Path db;

    @BeforeEach
    void loadAGoodRelease() throws IOException {
        csv = dir.resolve("street.csv");
        db = dir.resolve("db");
        writeCatalog("../mappings/police-street-crime.rml.ttl", "../shapes/police-crime.ttl");
        Files.writeString(csv, String.join("\r\n", HEADER, GOOD_1, GOOD_2) + "\r\n");
        CliRun first = build();
        assertEquals(0, first.exitCode(), first.all());
    }

    private void writeCatalog(String mapping, String shapes) throws IOException {
        Path home = Path.of("").toAbsolutePath();
        catalog = dir.resolve("catalog.ttl");
        Files.writeString(catalog, """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix odsl: <https://odsl.org.uk/def/odsl/> .
            <street> a dcat:Dataset ; odsl:accessTier odsl:Open ;
                odsl:mapping "%s" ; odsl:shapes "%s" ; odsl:input "street.csv" .
            """.formatted(home.resolve("catalogs").resolve(mapping).normalize(), home.resolve("catalogs").resolve(shapes).normalize()));
    }

    private CliRun build() {
        return CliRun.of("build", "--catalog", catalog.toString(), "--data", dir.toString(), "--db", db.toString());
    }

    private Set<String> crimeIds() throws Exception {
        return StoreQueries.counts(db, "SELECT ?id (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH
            + "> { ?r a odsl:CrimeRecord . OPTIONAL { ?r dcterms:identifier ?i } BIND(COALESCE(?i, \"asb\") AS ?id) } } GROUP BY ?id").keySet();
    }

    private String rejects() throws IOException {
        return Files.readString(dir.resolve("db-reports/rejects-street.csv"));
    }

    private void assertBadRecordRejected(String badRow, String... expectedInReport) throws Exception {
        Files.writeString(csv, String.join("\r\n", HEADER, GOOD_1, badRow, GOOD_2) + "\r\n");
        CliRun run = build();
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.out().contains("read 3 records, loaded 2, rejected 1"), run.out());
        assertTrue(run.out().contains("street.csv, line 3"), "the build shows the reason too:\n" + run.out());
        String report = rejects();
        assertTrue(report.contains("street.csv,line 3,"), report);
        for (String expected : expectedInReport) {
            assertTrue(report.contains(expected), "report lacks '" + expected + "':\n" + report);
        }
        assertEquals(Set.of(GOOD_1.substring(0, 64), "asb"), crimeIds(), "the bad record is absent, the good ones loaded");

        Files.writeString(csv, String.join("\r\n", HEADER, GOOD_1, GOOD_2) + "\r\n");
        assertEquals(0, build().exitCode());
        assertFalse(Files.exists(dir.resolve("db-reports/rejects-street.csv")), "a clean rebuild leaves no stale report");
    }

    @Test
    void unknownCrimeTypeIsRejectedWithTheShapeMessage() throws Exception {
        assertBadRecordRejected(BAD_ID + ",2025-02,Kent Police,Kent Police,0.87,51.14,On or near A Road,E01023985,Ashford 001A,Alien abduction,Under investigation,",
            "validate", "odsl/crimeType", "Crime type must be exactly one of the police.uk categories");
    }

    @Test
    void badMonthIsRejectedNamingTheField() throws Exception {
        assertBadRecordRejected(BAD_ID + ",Fbe-25,Kent Police,Kent Police,0.87,51.14,On or near A Road,E01023985,Ashford 001A,Burglary,Under investigation,",
            "map", "Month", "Fbe-25");
    }

    @Test
    void truncatedRowIsRejectedWithItsLine() throws Exception {
        assertBadRecordRejected(BAD_ID + ",2025-02,Kent Police,Kent Police,0.87", "map", "fields");
    }

    @Test
    void anLsoaNoLookupPlacesIsLoadedAndListedNotDropped() throws Exception {
        String unplaced = BAD_ID + ",2025-02,Kent Police,Kent Police,0.87,51.14,On or near A Road,E01099999,Nowhere 001A,Burglary,Under investigation,";
        Files.writeString(csv, String.join("\r\n", HEADER, GOOD_1, unplaced) + "\r\n");
        CliRun run = build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("LSOAs in crime data that no lookup or name places in a district: 2"), run.out());
        assertTrue(run.out().contains("code=E01099999  name=Nowhere 001A  records=1"), run.out());
        assertTrue(Files.readString(dir.resolve("db-reports/check-unresolved-lsoa-districts.csv")).contains("E01099999"));
        assertEquals(Set.of(GOOD_1.substring(0, 64), BAD_ID), crimeIds(), "the record is in the graph");
    }

    @Test
    void missingInputFileFailsTheReleaseAndKeepsThePreviousVersion() throws Exception {
        Files.delete(csv);
        CliRun run = build();
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.out().contains("street: FAILED") && run.out().contains("street.csv"), run.out());
        assertEquals(Set.of(GOOD_1.substring(0, 64), "asb"), crimeIds());
    }

    @Test
    void wrongHeaderFailsTheReleaseNamingTheMissingColumn() throws Exception {
        Files.writeString(csv, String.join("\r\n", HEADER.replace("Crime type", "Crime category"), GOOD_1) + "\r\n");
        CliRun run = build();
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.out().contains("street.csv") && run.out().contains("Crime type"), run.out());
        assertEquals(Set.of(GOOD_1.substring(0, 64), "asb"), crimeIds(), "previous version kept, nothing partial");
    }

    @Test
    void brokenMappingFailsTheReleaseNamingTheFile() throws Exception {
        Path mapping = dir.resolve("broken.rml.ttl");
        Files.writeString(mapping, "@prefix rml: <http://w3id.org/rml/> .\n<#Map> a rml:TriplesMap ;\n  rml:logicalSource [ \n");
        writeCatalog(mapping.toString(), "../shapes/police-crime.ttl");
        CliRun run = build();
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.out().contains("broken.rml.ttl"), run.out());
        assertEquals(Set.of(GOOD_1.substring(0, 64), "asb"), crimeIds());
    }

    @Test
    void brokenShapesFileFailsTheReleaseNamingTheFileAndLine() throws Exception {
        Path shapes = dir.resolve("broken-shapes.ttl");
        Files.writeString(shapes, "@prefix sh: <http://www.w3.org/ns/shacl#> .\n<#S> a sh:NodeShape ;\n  sh:targetClass <x> ;;; ]\n");
        writeCatalog("../mappings/police-street-crime.rml.ttl", shapes.toString());
        CliRun run = build();
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.out().contains("broken-shapes.ttl") && run.out().contains("line 3"), run.out());
        assertEquals(Set.of(GOOD_1.substring(0, 64), "asb"), crimeIds());
    }
}
