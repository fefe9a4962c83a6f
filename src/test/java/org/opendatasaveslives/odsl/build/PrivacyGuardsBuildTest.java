package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The privacy guards of shapes/guards/ apply to every release whatever its catalogue entry names: a raw NHS number in
 * any literal and a date of birth finer than a month reject their record, with the value withheld from the report;
 * a person-level resource rejects its record in an open release but loads in a restricted one.
 */
class PrivacyGuardsBuildTest {
    private static final String MAPPING = """
            @prefix rml: <http://w3id.org/rml/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix ex: <http://example.com/> .
            @prefix schema: <http://schema.org/> .
            <#Rows> a rml:TriplesMap ;
              rml:logicalSource [ rml:referenceFormulation rml:CSV ;
                rml:source [ a rml:RelativePathSource ; rml:root rml:MappingDirectory ; rml:path "rows.csv" ; rml:null "" ] ] ;
              rml:subjectMap [ rml:template "http://example.com/{id}" ] ;
              rml:predicateObjectMap [ rml:predicate ex:note ; rml:objectMap [ rml:reference "note" ] ] ;
              rml:predicateObjectMap [ rml:predicate ex:count ;
                rml:objectMap [ rml:reference "count" ; rml:datatype xsd:integer ] ] ;
              rml:predicateObjectMap [ rml:predicate schema:birthDate ; rml:objectMap [ rml:reference "birth" ;
                rml:datatypeMap [ rml:template "http://www.w3.org/2001/XMLSchema#{type}" ] ] ] .
            """;

    @TempDir
    Path dir;

    private CliRun build(String tier, String mapping, String csv) throws IOException {
        Files.writeString(dir.resolve("rows.rml.ttl"), mapping);
        Files.writeString(dir.resolve("rows.csv"), csv);
        Files.writeString(dir.resolve("rows.shapes.ttl"), """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                <#Row> a sh:NodeShape ; sh:targetSubjectsOf <http://example.com/note> ;
                    sh:property [ sh:path <http://example.com/note> ; sh:maxCount 1 ] .
                """);
        Files.writeString(dir.resolve("catalog.ttl"), """
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix odsl: <https://odsl.org.uk/def/odsl/> .
                <rows> a dcat:Dataset ; odsl:accessTier odsl:%s ; odsl:mapping "rows.rml.ttl" ;
                    odsl:shapes "rows.shapes.ttl" ; odsl:input "rows.csv" .
                """.formatted(tier));
        return CliRun.of("build", "--catalog", dir.resolve("catalog.ttl").toString(), "--data", dir.toString(),
            "--db", dir.resolve("db").toString());
    }

    private Set<String> loadedIds() throws Exception {
        List<String> ids = StoreQueries.withStore(dir.resolve("db"), dsg -> {
            List<String> out = new java.util.ArrayList<>();
            dsg.find().forEachRemaining(q -> {
                String s = q.getSubject().isURI() ? q.getSubject().getURI() : "";
                if (s.startsWith("http://example.com/") || s.contains("/id/person/")) {
                    out.add(s.substring(s.lastIndexOf('/') + 1));
                }
            });
            return out;
        });
        return new TreeSet<>(ids);
    }

    private String rejects() throws IOException {
        Path file = dir.resolve("db-reports").resolve("rejects-rows.csv");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    @Test
    void aRawNhsNumberInAnyLiteralIsRejectedAndNeverQuoted() throws Exception {
        CliRun run = build("Open", MAPPING, """
                id,note,count,birth,type
                plain,999 765 4323,,,
                together,9997654323,,,
                hyphens,999-765-4323,,,
                typed,x,9991112227,,
                badcheck,9997654324,,,
                phone,01632 960 000,,,
                longer,1-9997654323,,,
                fine,hello,12,,
                9990000018,in the IRI,,,
                1-9990000018,inside a longer IRI segment,,,
                """);
        assertEquals(1, run.exitCode(), run.all());
        assertEquals(Set.of("badcheck", "phone", "longer", "fine", "1-9990000018"), loadedIds());
        String report = rejects();
        assertEquals(6, report.lines().count(), report); // header and five rejects
        assertTrue(report.contains("is an IRI holding what looks like a raw NHS number"), report);
        assertTrue(report.contains("(withheld)"), report);
        assertTrue(report.contains("looks like a raw NHS number"), report);
        assertTrue(report.contains("NoRawNhsNumber"), report);
        for (String s : List.of("9997654323", "999 765 4323", "999-765-4323", "9991112227", "4323", "2227",
                "9990000018")) {
            assertFalse(report.contains(s), "the report quotes " + s + ": " + report);
            assertFalse(run.all().contains(s), "the build output quotes " + s + ": " + run.all());
        }
    }

    @Test
    void aDateOfBirthFinerThanAMonthIsRejectedAMonthOrYearIsAccepted() throws Exception {
        CliRun run = build("Restricted", MAPPING, """
                id,note,count,birth,type
                month,a,,1980-03,gYearMonth
                year,b,,1980,gYear
                iso,c,,1980-03-02,date
                british,d,,02/03/1980,string
                timestamp,e,,1980-03-02T10:00:00,dateTime
                none,f,,,
                """);
        assertEquals(1, run.exitCode(), run.all());
        assertEquals(Set.of("month", "year", "none"), loadedIds());
        String report = rejects();
        assertEquals(4, report.lines().count(), report);
        assertTrue(report.contains("a date of birth finer than month and year"), report);
        for (String s : List.of("1980-03-02", "02/03/1980")) {
            assertFalse(report.contains(s), "the report quotes " + s + ": " + report);
            assertFalse(run.all().contains(s), "the build output quotes " + s + ": " + run.all());
        }
    }

    private static final String PEOPLE = """
            @prefix rml: <http://w3id.org/rml/> .
            @prefix odsl: <https://odsl.org.uk/def/odsl/> .
            @prefix ex: <http://example.com/> .
            <#Typed> a rml:TriplesMap ;
              rml:logicalSource [ rml:referenceFormulation rml:CSV ;
                rml:source [ a rml:RelativePathSource ; rml:root rml:MappingDirectory ; rml:path "rows.csv" ; rml:null "" ] ] ;
              rml:subjectMap [ rml:template "http://example.com/{id}" ; rml:class odsl:Person ] ;
              rml:predicateObjectMap [ rml:predicate ex:note ; rml:objectMap [ rml:reference "note" ] ] .
            <#ByUri> a rml:TriplesMap ;
              rml:logicalSource [ rml:referenceFormulation rml:CSV ;
                rml:source [ a rml:RelativePathSource ; rml:root rml:MappingDirectory ; rml:path "rows.csv" ; rml:null "" ] ] ;
              rml:subjectMap [ rml:template "https://odsl.org.uk/id/person/p{id}" ] ;
              rml:predicateObjectMap [ rml:predicate ex:seen ; rml:objectMap [ rml:reference "note" ] ] .
            """;

    @Test
    void aPersonIsRejectedFromAnOpenRelease() throws Exception {
        CliRun run = build("Open", PEOPLE, "id,note\n1,a\n2,b\n");
        assertEquals(1, run.exitCode(), run.all());
        assertEquals(Set.of(), loadedIds());
        String report = rejects();
        assertTrue(report.contains("is, or refers to, a person-level resource, which an open release may not hold"), report);
        assertTrue(report.contains("NoPersonInOpenRelease"), report);
    }

    @Test
    void aPersonLoadsIntoARestrictedRelease() throws Exception {
        CliRun run = build("Restricted", PEOPLE, "id,note\n1,a\n2,b\n");
        assertEquals(0, run.exitCode(), run.all());
        assertEquals(Set.of("1", "2", "p1", "p2"), loadedIds());
        assertEquals("", rejects());
    }

    @Test
    void theGuardsAreRecordedAmongTheShapesOfTheRelease() throws Exception {
        build("Restricted", PEOPLE, "id,note\n1,a\n");
        String provenance = StoreQueries.withStore(dir.resolve("db"), dsg -> {
            StringBuilder b = new StringBuilder();
            dsg.find(org.apache.jena.graph.NodeFactory.createURI("https://odsl.org.uk/graph/rows"), null, null, null)
                .forEachRemaining(q -> b.append(q).append('\n'));
            return b.toString();
        });
        assertTrue(provenance.contains("every-release.ttl"), provenance);
        assertFalse(provenance.contains("open-release.ttl"), provenance);
    }
}
