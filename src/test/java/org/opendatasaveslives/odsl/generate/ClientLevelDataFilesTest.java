package org.opendatasaveslives.odsl.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientLevelDataFilesTest {
    static final long SEED = DemoDataGenerator.DEFAULT_SEED;

    @TempDir
    Path tmp;
    List<SyntheticPerson> people;

    @BeforeAll
    void population() {
        people = SyntheticPeople.generate(SEED, 1);
    }

    private Path write(String folder, long seed) {
        Path dir = tmp.resolve(folder);
        ClientLevelDataFiles.writeClientLevelData(dir, seed, 1, people);
        return dir;
    }

    @Test
    void theSameSeedAndPeopleWriteTheSameBytesAndAnotherSeedOtherEvents() throws Exception {
        Path a = write("a", SEED);
        Path b = write("b", SEED);
        Path c = write("c", SEED + 1);
        for (ClientLevelDataFiles.Council council : ClientLevelDataFiles.COUNCILS) {
            String path = ClientLevelDataFiles.relativePath(council);
            assertArrayEquals(Files.readAllBytes(a.resolve(path)), Files.readAllBytes(b.resolve(path)), path);
            assertFalse(Files.readString(a.resolve(path)).equals(Files.readString(c.resolve(path))), path);
        }
    }

    @Test
    void eachCouncilReturnsItsOwnClientsAsSocialCareRecordedThemInTheCldLayout() throws Exception {
        Path dir = write("layout", SEED);
        Map<String, SyntheticPerson> byNhsNumber = people.stream()
            .collect(Collectors.toMap(SyntheticPerson::nhsNumber, Function.identity()));
        Set<String> seen = new HashSet<>();
        for (ClientLevelDataFiles.Council council : ClientLevelDataFiles.COUNCILS) {
            Path file = dir.resolve(ClientLevelDataFiles.relativePath(council));
            String text = Files.readString(file);
            assertTrue(text.startsWith(String.join(",", ClientLevelDataFiles.HEADER) + "\r\n"), file.toString());
            assertFalse(text.replace("\r\n", "").contains("\n"), "CRLF line endings only");
            Map<String, String> firstEventType = new HashMap<>();
            for (Map<String, String> row : CsvTestFiles.records(file)) {
                assertEquals(council.laCode(), row.get("LA_Code"));
                firstEventType.putIfAbsent(row.get("LA_Person_Unique_Identifier"), row.get("Event_Type"));
                LocalDate start = LocalDate.parse(row.get("Event_Start_Date"), ClientLevelDataFiles.DATE);
                String end = row.get("Event_End_Date");
                assertFalse(start.isBefore(ClientLevelDataFiles.PERIOD_START) || start.isAfter(ClientLevelDataFiles.PERIOD_END), row.toString());
                assertTrue(end.isEmpty() ? row.get("Event_Type").equals("Service")
                    : !LocalDate.parse(end, ClientLevelDataFiles.DATE).isBefore(start)
                        && !LocalDate.parse(end, ClientLevelDataFiles.DATE).isAfter(ClientLevelDataFiles.PERIOD_END), row.toString());
                if (row.get("NHS_Number").isEmpty()) {
                    continue;
                }
                SyntheticPerson person = byNhsNumber.get(row.get("NHS_Number"));
                seen.add(person.nhsNumber());
                assertTrue(person.isKnownTo(Agency.SOCIAL_CARE) && person.councilCode().equals(council.gssCode()), row.toString());
                SyntheticPerson.Recorded recorded = person.recordedBy(Agency.SOCIAL_CARE);
                assertEquals(ClientLevelDataFiles.DATE.format(recorded.birthDate()), row.get("Date_of_Birth"));
                assertEquals(recorded.givenName() + " " + recorded.familyName(), row.get("First_Name") + " " + row.get("Last_Name"));
            }
            assertEquals(Set.of("Request"), Set.copyOf(firstEventType.values()), "every pathway starts with a request");
        }
        long known = people.stream().filter(p -> p.isKnownTo(Agency.SOCIAL_CARE)).count();
        assertTrue(seen.size() > 0.9 * known && seen.size() <= known, seen.size() + " of " + known);
    }
}
