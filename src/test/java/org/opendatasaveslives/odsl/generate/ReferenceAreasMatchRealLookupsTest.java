package org.opendatasaveslives.odsl.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hard-coded reference table and the generated rows that carry real codes agree with the real lookups. */
class ReferenceAreasMatchRealLookupsTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void generate() {
        DemoDataGenerator.generate(out, DemoDataGenerator.DEFAULT_SEED, DemoDataGenerator.DEFAULT_SCALE);
    }

    @Test
    void districtToCspToPoliceForceAreaRowsAreTheRealOnes() throws IOException {
        assertSameRowsIgnoringFid(CsvTestFiles.realJtrim("194_"), out.resolve(DemoDataGenerator.LAD_CSP_PFA));
    }

    @Test
    void lowerToUpperTierRowsAreTheRealOnes() throws IOException {
        assertSameRowsIgnoringFid(CsvTestFiles.realJtrim("177_"), out.resolve(DemoDataGenerator.LTLA_UTLA));
    }

    @Test
    void subIcbRowsAreTheRealOnesForEveryDemoCcgThatStillExistedIn2022() throws IOException {
        Path real = CsvTestFiles.REAL_GEOGRAPHY.resolve("dfe-send-ap-dashboard/Sub_ICB_Locations_to_Integrated_"
                + "Care_Boards_to_NHS_England_(Region)_(July_2022)_Lookup_in_England.csv");
        List<Map<String, String>> generated =
                CsvTestFiles.records(out.resolve(DemoDataGenerator.SUB_ICB_ICB_NHS_REGION));
        Set<String> realRows = CsvTestFiles.records(real).stream()
                .map(r -> withoutColumn(r, "ObjectId"))
                .collect(Collectors.toSet());
        for (Map<String, String> row : generated) {
            assertTrue(realRows.contains(withoutColumn(row, "ObjectId")), row.toString());
        }
        Set<String> icbs = generated.stream().map(r -> r.get("ICB22NM")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("NHS West Yorkshire Integrated Care Board", "NHS Kent and Medway Integrated Care Board"),
                icbs);
    }

    @Test
    void laAllCodesRowsAreTheRealOnesIncludingAnAbolishedCode() throws IOException {
        Path real = CsvTestFiles.REAL_GEOGRAPHY.resolve("drkane-geo-lookups/la_all_codes.csv");
        Set<List<String>> realRows = CsvTestFiles.rows(real).stream().map(List::of).collect(Collectors.toSet());
        List<String[]> generated = CsvTestFiles.rows(out.resolve(DemoDataGenerator.LA_ALL_CODES));
        for (String[] row : generated.subList(1, generated.size())) {
            assertTrue(realRows.contains(List.of(row)), String.join(",", row));
        }
        List<Map<String, String>> records = CsvTestFiles.records(out.resolve(DemoDataGenerator.LA_ALL_CODES));
        Set<String> currentCodes = records.stream().filter(r -> r.get("Current").equals("TRUE"))
                .map(r -> r.get("LADCD")).collect(Collectors.toSet());
        List<Map<String, String>> abolished = records.stream().filter(r -> r.get("Current").equals("FALSE")).toList();
        assertTrue(!abolished.isEmpty(), "at least one abolished district code");
        abolished.forEach(r -> assertTrue(currentCodes.contains(r.get("LADCD_ACTIVE")), r.toString()));
    }

    @Test
    void everyDemoLsoaSitsInItsDistrictsRealCcg() throws IOException {
        Set<String> realPairs = CsvTestFiles.records(CsvTestFiles.realJtrim("219_")).stream()
                .map(r -> String.join("|", r.get("CCG20CD"), r.get("CCG20CDH"), r.get("CCG20NM"), r.get("LAD20CD"),
                        r.get("LAD20NM")))
                .collect(Collectors.toSet());
        List<Map<String, String>> generated = CsvTestFiles.records(out.resolve(DemoDataGenerator.LSOA_CCG_LAD));
        Set<String> generatedPairs = generated.stream()
                .map(r -> String.join("|", r.get("CCG20CD"), r.get("CCG20CDH"), r.get("CCG20NM"), r.get("LAD20CD"),
                        r.get("LAD20NM")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(realPairs.containsAll(generatedPairs), generatedPairs.toString());
        // Kirklees was split between two CCGs in 2020; both must appear.
        assertEquals(ReferenceAreas.districts().size() + 1, generatedPairs.size());
    }

    private static void assertSameRowsIgnoringFid(Path real, Path generated) throws IOException {
        Set<String> realRows = CsvTestFiles.records(real).stream().map(r -> withoutColumn(r, "FID"))
                .collect(Collectors.toSet());
        List<String> generatedRows = new ArrayList<>();
        CsvTestFiles.records(generated).forEach(r -> generatedRows.add(withoutColumn(r, "FID")));
        assertEquals(ReferenceAreas.districts().size(), generatedRows.size());
        for (String row : generatedRows) {
            assertTrue(realRows.contains(row), row);
        }
    }

    private static String withoutColumn(Map<String, String> record, String column) {
        return record.entrySet().stream().filter(e -> !e.getKey().equals(column))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("|"));
    }
}
