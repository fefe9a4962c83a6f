package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real lines of CSV_ASCFR_Activity.csv, some spoiled one field at a time: each spoiled row is rejected with its line
 * and a reason, the good rows (a council cell, a not-submitted cell and an England total) load.
 */
class AscActivityBadRowsTest {
    static final String HEADER = "UUID,FY_Ending,CASSR_CODE,GEOGRAPHY_CODE,REGION_GO_CODE,DataType_KEY,AgeBand_KEY,"
        + "PrimarySupportReason_KEY,CareType_KEY,SupportSetting_KEY,Purpose_KEY,ActivityProvision_KEY,ItemValue";
    /** Real lines, verbatim. */
    static final String LEEDS = "8610101,2017,212,E08000035,E12000003,1,1,6,2,7,,3,0";
    static final String NOT_SUBMITTED = "8611202,2017,416,E10000034,E12000005,1,1,7,2,6,,2,:";
    static final String ENGLAND = "8622801,2017,,,E92000001,1,2,13,4,,2,3,23454.8472";
    static final String CUMBRIA_1 = "8610101,2017,102,E10000006,E12000002,1,1,6,2,7,,3,295.86";
    static final String CUMBRIA_2 = "8610102,2017,102,E10000006,E12000002,1,1,6,2,7,,2,2961.14";
    static final String CUMBRIA_3 = "8610202,2017,102,E10000006,E12000002,1,1,7,2,7,,2,156";
    static final String CUMBRIA_4 = "8610302,2017,102,E10000006,E12000002,1,1,13,2,7,,2,319.43";

    @TempDir
    Path dir;

    @Test
    void spoiledRowsAreRejectedWithTheirLineAndReasonAndTheRestLoad() throws Exception {
        List<String> lines = List.of(HEADER,
            LEEDS,                                                                   // line 2
            NOT_SUBMITTED,                                                           // line 3
            ENGLAND,                                                                 // line 4
            CUMBRIA_1.replace(",295.86", ",295.86x"),                                // line 5: not a number
            CUMBRIA_2.replace(",1,1,6,2,7,", ",1,9,6,2,7,"),                         // line 6: unknown age band
            CUMBRIA_3.replace(",2017,", ",17,"),                                     // line 7: two-digit year
            CUMBRIA_4.replace(",102,E10000006,", ",102,,"),                          // line 8: council without area
            CUMBRIA_1.replace("8610101,", "8610201,").replace(",295.86", ","));     // line 9: empty value
        Files.writeString(dir.resolve("activity.csv"), String.join("\n", lines) + "\n");
        Path home = Path.of("").toAbsolutePath();
        Path catalog = dir.resolve("catalog.ttl");
        Files.writeString(catalog, """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix odsl: <https://odsl.org.uk/def/odsl/> .
            <asc> a dcat:Dataset ; odsl:accessTier odsl:Open ;
                odsl:mapping "%s" ; odsl:shapes "%s" ; odsl:input "activity.csv" .
            """.formatted(home.resolve("mappings/nhsd-ascfr-activity.rml.ttl"), home.resolve("shapes/asc-activity.ttl")));
        Path db = dir.resolve("db");
        CliRun run = CliRun.of("build", "--catalog", catalog.toString(), "--data", dir.toString(), "--db", db.toString());

        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.out().contains("asc: read 8 records, loaded 3, rejected 5"), run.all());
        String report = Files.readString(dir.resolve("db-reports/rejects-asc.csv"));
        for (String[] expected : List.of(
                new String[] {"line 5,", "ItemValue", "not a number"},
                new String[] {"line 6,", "age band", "ascfr-age-band/9"},
                new String[] {"line 7,", "refPeriod", "government year"},
                new String[] {"line 8,", "E12000002", "names its council"},
                new String[] {"line 9,", "ascfrActivity", "ItemValue"})) {
            String line = report.lines().filter(l -> l.contains(expected[0])).findFirst().orElse("");
            for (String part : expected) {
                assertTrue(line.contains(part), "rejects report line " + expected[0] + " mentions " + part + ":\n" + report);
            }
        }
        assertEquals(2L, StoreQueries.count(db, "SELECT (COUNT(?o) AS ?n) WHERE { ?o a <http://purl.org/linked-data/cube#Observation> }"),
            "Leeds and the England total; the not-submitted cell makes none");
        assertEquals(1L, StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { "
            + "<https://odsl.org.uk/id/organisation/cassr-416> odsl:governsArea ?a }"), "the not-submitted row still loads its council");
    }
}
