package org.opendatasaveslives.odsl.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic CQC directory has the real 119-column layout, real areas, and IDs no real location can have. */
class CqcLocationFilesTest {
    static final Path REAL_HEADER = Path.of("../shared/data/social_care/cqc/HSCA_Active_Locations_header_119cols.csv");
    static final Path REAL_SAMPLE = Path.of("../shared/data/social_care/cqc/wmfs_cqc_locations_sample_5rows.csv");
    static final Set<String> RATINGS = Set.of("Outstanding", "Good", "Requires improvement", "Inadequate",
            "Insufficient evidence to rate", "");

    @TempDir
    static Path out;
    static Path file;
    static List<Map<String, String>> records;

    @BeforeAll
    static void generate() throws IOException {
        List<GeneratedFile> written = CqcLocationFiles.writeHscaActiveLocations(out, 42, 1);
        file = out.resolve(CqcLocationFiles.RELATIVE_PATH);
        records = CsvTestFiles.records(file);
        assertEquals(List.of(new GeneratedFile("social_care/HSCA_Active_Locations.csv", records.size())), written);
    }

    @Test
    void theHeaderIsByteForByteTheRealOne() throws IOException {
        byte[] real = Files.readAllBytes(REAL_HEADER);
        byte[] generated = Files.readAllBytes(file);
        assertArrayEquals(real, Arrays.copyOf(generated, real.length), "the generated file starts with the real header line");
        assertEquals(119, CsvTestFiles.rows(REAL_HEADER).get(0).length);
        assertEquals(Arrays.asList(CsvTestFiles.rows(REAL_HEADER).get(0)), CqcLocationFiles.HEADER);
        assertFalse(CsvTestFiles.hasByteOrderMark(file));
    }

    @Test
    void everyRowHas119FieldsAndCrlfEndings() throws IOException {
        List<String[]> rows = CsvTestFiles.rows(file);
        assertTrue(rows.size() > 250 && rows.size() < 400, "a few hundred locations: " + rows.size());
        rows.forEach(r -> assertEquals(119, r.length, String.join(",", r)));
        String text = Files.readString(file);
        assertEquals(text.split("\r\n", -1).length - 1, text.split("\n", -1).length - 1, "every line ends with CRLF");
    }

    @Test
    void syntheticIdsCannotCollideWithRealOnes() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Map<String, String> r : records) {
            assertTrue(r.get("Location ID").matches("9-[0-9]{10}"), r.get("Location ID"));
            assertTrue(r.get("Provider ID").matches("9-[0-9]{9}"), r.get("Provider ID"));
            assertTrue(ids.add(r.get("Location ID")), "unique " + r.get("Location ID"));
            assertEquals("", r.get("Location ODS Code"), "no synthetic location claims a real ODS code");
            assertTrue(r.get("Location Telephone Number").startsWith("1632960"), "Ofcom drama range");
        }
        for (Map<String, String> real : CsvTestFiles.records(REAL_SAMPLE)) {
            assertTrue(real.get(".location_id").startsWith("1-"), "real CQC IDs start 1-");
            assertTrue(real.get("provider_id").startsWith("1-"), "real CQC provider IDs start 1-");
        }
    }

    @Test
    void locationsCoverThe18DemoDistrictsWithTheirCouncilsAndCcgs() {
        Set<String> councils = ReferenceAreas.districts().stream().map(LocalAuthority::utlaName).collect(Collectors.toSet());
        Set<String> ccgs = ReferenceAreas.subIcbLocations().stream().map(SubIcbLocation::code).collect(Collectors.toSet());
        Set<String> cities = new TreeSet<>();
        for (Map<String, String> r : records) {
            assertTrue(councils.contains(r.get("Location Local Authority")), r.get("Location Local Authority"));
            assertTrue(ccgs.contains(r.get("Location ONSPD CCG Code")), r.get("Location ONSPD CCG Code"));
            cities.add(r.get("Location City"));
        }
        assertEquals(ReferenceAreas.districts().stream().map(LocalAuthority::name).collect(Collectors.toCollection(TreeSet::new)),
                cities);
        assertEquals(Set.of("Bradford", "Calderdale", "Kirklees", "Leeds", "Wakefield", "Medway", "Kent"),
                records.stream().map(r -> r.get("Location Local Authority")).collect(Collectors.toSet()));
    }

    @Test
    void valuesAreInTheFormatsOfThePublishedFile() {
        DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        long careHomes = 0;
        for (Map<String, String> r : records) {
            LocalDate.parse(r.get("Location HSCA start date"), dmy);
            if (!r.get("Publication Date").isEmpty()) {
                LocalDate.parse(r.get("Publication Date"), dmy);
            }
            assertTrue(Set.of("Y", "N").contains(r.get("Care home?")));
            assertTrue(Set.of("Y", "N").contains(r.get("Dormant (Y/N)")));
            assertTrue(RATINGS.contains(r.get("Location Latest Overall Rating")), r.get("Location Latest Overall Rating"));
            assertTrue(r.get("Location Postal Code").matches("[A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}"), r.get("Location Postal Code"));
            int beds = Integer.parseInt(r.get("Care homes beds"));
            if (r.get("Care home?").equals("Y")) {
                careHomes++;
                assertTrue(beds > 0);
                assertEquals("Y", r.get("Regulated activity - Accommodation for persons who require nursing or personal care"));
            } else {
                assertEquals(0, beds);
            }
            for (String column : CqcLocationFiles.HEADER) {
                if (column.startsWith("Regulated activity - ") || column.startsWith("Service type - ")
                        || column.startsWith("Service user band - ")) {
                    assertTrue(Set.of("Y", "").contains(r.get(column)), column + "=" + r.get(column));
                }
            }
        }
        assertTrue(careHomes * 2 > records.size(), "most locations are care homes");
    }

    @Test
    void theSameSeedGivesTheSameFile(@TempDir Path again, @TempDir Path other) throws IOException {
        CqcLocationFiles.writeHscaActiveLocations(again, 42, 1);
        CqcLocationFiles.writeHscaActiveLocations(other, 43, 1);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again.resolve(CqcLocationFiles.RELATIVE_PATH)));
        assertFalse(Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(other.resolve(CqcLocationFiles.RELATIVE_PATH))));
    }
}
