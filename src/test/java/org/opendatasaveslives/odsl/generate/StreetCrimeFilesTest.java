package org.opendatasaveslives.odsl.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The street-level crime files look like police.uk's and only use LSOAs the build can place. */
class StreetCrimeFilesTest {

    private static final String ASB = "Anti-social behaviour";
    private static final Set<String> CRIME_TYPES = Set.of("Anti-social behaviour", "Bicycle theft", "Burglary",
            "Criminal damage and arson", "Drugs", "Other crime", "Other theft", "Possession of weapons",
            "Public order", "Robbery", "Shoplifting", "Theft from the person", "Vehicle crime",
            "Violence and sexual offences");

    @TempDir
    static Path out;
    private static Map<PoliceFile, List<Map<String, String>>> files;

    @BeforeAll
    static void generate() throws IOException {
        DemoDataGenerator.generate(out, DemoDataGenerator.DEFAULT_SEED, 2);
        files = new HashMap<>();
        for (PoliceFile file : DemoDataGenerator.POLICE_FILES) {
            files.put(file, CsvTestFiles.records(out.resolve(file.relativePath())));
        }
    }

    @Test
    void sixFilesThreeMonthsPerForceNamedLikePoliceUk() {
        assertEquals(List.of("police/2025-01-west-yorkshire-street.csv", "police/2025-02-west-yorkshire-street.csv",
                "police/2025-03-west-yorkshire-street.csv", "police/2025-01-kent-street.csv",
                "police/2025-02-kent-street.csv", "police/2025-03-kent-street.csv"),
                DemoDataGenerator.POLICE_FILES.stream().map(PoliceFile::relativePath).toList());
    }

    @Test
    void everyLsoaIsInTheLookupOrDeliberatelyOnlyIn2021() throws IOException {
        Map<String, String> lookup = new HashMap<>();
        for (var r : CsvTestFiles.records(out.resolve(DemoDataGenerator.LSOA_CCG_LAD))) {
            lookup.put(r.get("LSOA11CD"), r.get("LSOA11NM"));
        }
        Set<String> districtNames = CsvTestFiles.records(out.resolve(DemoDataGenerator.LAD_CSP_PFA)).stream()
                .map(r -> r.get("LAD19NM")).collect(Collectors.toSet());
        SyntheticGeography geography = SyntheticGeography.mint();

        files.forEach((file, rows) -> {
            Set<String> onlyIn2021 = geography.crimeAreas(file.force()).stream().filter(a -> !a.inLookups())
                    .map(CrimeArea::lsoaCode).collect(Collectors.toSet());
            int onlyIn2021Rows = 0;
            for (var row : rows) {
                String code = row.get("LSOA code");
                String name = row.get("LSOA name");
                if (code.isEmpty()) {
                    continue;
                }
                if (onlyIn2021.contains(code)) {
                    onlyIn2021Rows++;
                    assertTrue(!lookup.containsValue(name), name + " must not be a name in the lookup");
                    String district = name.replaceFirst(" \\d{3}[A-Z]$", "");
                    assertTrue(districtNames.contains(district), name + " names no demo district");
                } else {
                    assertEquals(lookup.get(code), name, code + " in " + file.relativePath());
                }
            }
            assertTrue(onlyIn2021Rows >= 3, file.relativePath() + " has " + onlyIn2021Rows + " 2021-only rows");
        });
    }

    @Test
    void rowsHaveThePoliceUkShape() {
        files.forEach((file, rows) -> {
            String force = file.force().forceName();
            for (var row : rows) {
                String context = file.relativePath() + " " + row;
                assertEquals(file.month().toString(), row.get("Month"), context);
                assertEquals(force, row.get("Reported by"), context);
                assertEquals(force, row.get("Falls within"), context);
                assertEquals("", row.get("Context"), context);
                assertTrue(CRIME_TYPES.contains(row.get("Crime type")), context);
                boolean asb = row.get("Crime type").equals(ASB);
                assertEquals(asb, row.get("Crime ID").isEmpty(), context);
                assertEquals(asb, row.get("Last outcome category").isEmpty(), context);
                if (!asb) {
                    assertTrue(row.get("Crime ID").matches("[0-9a-f]{64}"), context);
                }
                if (row.get("Location").equals("No location")) {
                    assertEquals("", row.get("Longitude") + row.get("Latitude") + row.get("LSOA code")
                            + row.get("LSOA name"), context);
                } else {
                    assertTrue(row.get("Location").startsWith("On or near "), context);
                    assertTrue(row.get("Longitude").matches("-?\\d\\.\\d{6}"), context);
                    assertTrue(row.get("Latitude").matches("5\\d\\.\\d{6}"), context);
                }
            }
        });
    }

    @Test
    void coordinatesAreInTheForceArea() {
        files.forEach((file, rows) -> rows.stream().filter(r -> !r.get("Longitude").isEmpty()).forEach(r -> {
            double longitude = Double.parseDouble(r.get("Longitude"));
            double latitude = Double.parseDouble(r.get("Latitude"));
            if (file.force() == PoliceForce.WEST_YORKSHIRE) {
                assertTrue(longitude > -2.2 && longitude < -1.1 && latitude > 53.5 && latitude < 54.0, r.toString());
            } else {
                assertTrue(longitude > 0.0 && longitude < 1.6 && latitude > 50.9 && latitude < 51.6, r.toString());
            }
        }));
    }

    @Test
    void everyFileHasNoLocationRowsAndDuplicatedAntiSocialBehaviour() {
        files.forEach((file, rows) -> {
            assertTrue(rows.stream().anyMatch(r -> r.get("Location").equals("No location")), file.relativePath());
            List<Map<String, String>> asb = rows.stream().filter(r -> r.get("Crime type").equals(ASB)).toList();
            assertTrue(new HashSet<>(asb).size() < asb.size(), file.relativePath() + " repeats an ASB row");
            List<String> ids = rows.stream().map(r -> r.get("Crime ID")).filter(id -> !id.isEmpty()).toList();
            assertEquals(ids.size(), new HashSet<>(ids).size(), file.relativePath() + " crime IDs are unique");
        });
    }

    @Test
    void crimeTypesMixLikeRealFiles() {
        List<Map<String, String>> all = files.values().stream().flatMap(List::stream).toList();
        Map<String, Long> byType = all.stream().collect(Collectors.groupingBy(r -> r.get("Crime type"),
                Collectors.counting()));
        String mostCommon = byType.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals("Violence and sexual offences", mostCommon);
        double asbShare = byType.get(ASB) / (double) all.size();
        assertTrue(asbShare > 0.15 && asbShare < 0.28, "ASB share " + asbShare);
        assertTrue(byType.keySet().containsAll(CRIME_TYPES), "all 14 types appear: " + byType.keySet());
    }

    @Test
    void rowsAreOrderedByLsoaNameWithNoLocationLast() {
        files.forEach((file, rows) -> {
            List<String> names = rows.stream().map(r -> r.get("LSOA name")).toList();
            int firstNoLocation = names.indexOf("");
            List<String> located = names.subList(0, firstNoLocation);
            assertEquals(located.stream().sorted().toList(), located, file.relativePath());
            assertTrue(names.subList(firstNoLocation, names.size()).stream().allMatch(String::isEmpty));
        });
    }
}
