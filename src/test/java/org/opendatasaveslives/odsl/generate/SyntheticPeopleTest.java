package org.opendatasaveslives.odsl.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.map.NhsNumberFunction;

/** The shared synthetic population: valid test-range NHS numbers, real places and services, agencies' variants. */
class SyntheticPeopleTest {
    static final long SEED = DemoDataGenerator.DEFAULT_SEED;
    static final List<SyntheticPerson> PEOPLE = SyntheticPeople.generate(SEED, 1);

    @TempDir
    Path tmp;

    @Test
    void nhsNumbersAreUniqueValidAndInTheReservedTestRange() {
        Set<String> seen = new HashSet<>();
        for (SyntheticPerson person : PEOPLE) {
            String number = person.nhsNumber();
            assertTrue(number.matches("999\\d{7}"), number);
            assertTrue(NhsNumberFunction.isValid(number), number);
            assertTrue(seen.add(number), "repeated " + number);
        }
        assertEquals(SyntheticPeople.PEOPLE_PER_SCALE, PEOPLE.size());
    }

    @Test
    void theSameSeedGivesTheSamePeopleAndAnotherSeedOthers() {
        assertEquals(PEOPLE, SyntheticPeople.generate(SEED, 1));
        assertNotEquals(PEOPLE, SyntheticPeople.generate(SEED + 1, 1));
    }

    @Test
    void peopleLiveInTheirDistrictAndUseItsServices() throws Exception {
        Map<String, String> lsoaDistricts = SyntheticGeography.mint().lsoas().stream()
                .collect(Collectors.toMap(Lsoa::code, lsoa -> lsoa.district().code()));
        OdsOrganisationFiles.writeOdsOrganisationFiles(tmp, SEED, 1);
        String practices = Files.readString(tmp.resolve(OdsOrganisationFiles.PRACTICES));
        for (SyntheticPerson person : PEOPLE) {
            assertEquals(person.district().code(), lsoaDistricts.get(person.lsoaCode()), person.lsoaCode());
            assertEquals(person.district().force(), person.force());
            assertEquals(person.district().utlaCode(), person.councilCode());
            assertTrue(practices.contains("\"" + person.gpPracticeOdsCode() + "\""), person.gpPracticeOdsCode());
            assertTrue(person.postcode().matches("[A-Z]{1,2}\\d{1,2} \\d[A-Z]{2}"), person.postcode());
            assertTrue(person.policeReference().startsWith("SYNTHETIC-" + person.force().referencePrefix() + "-P-"));
            int age = person.birthDate().until(LocalDate.of(2025, 1, 1)).getYears();
            assertTrue(age >= 18 && age <= 95, "age " + age);
        }
        assertEquals(Set.of("E10000016", "E06000035", "E08000032", "E08000033", "E08000034", "E08000035", "E08000036"),
                PEOPLE.stream().map(SyntheticPerson::councilCode).collect(Collectors.toSet()));
    }

    @Test
    void agenciesKnowTheShareOfPeopleTheSpecificationPromises() {
        double health = share(p -> p.isKnownTo(Agency.HEALTH));
        double care = share(p -> p.isKnownTo(Agency.SOCIAL_CARE));
        double police = share(p -> p.isKnownTo(Agency.POLICE));
        double all = share(p -> p.knownTo().equals(EnumSet.allOf(Agency.class)));
        assertTrue(health > 0.6 && health < 0.8, "health " + health);
        assertTrue(care > 0.28 && care < 0.42, "care " + care);
        assertTrue(police > 0.33 && police < 0.47, "police " + police);
        assertTrue(all >= 0.1, "all three " + all);
    }

    @Test
    void aboutOnePersonInFiveIsRecordedDifferentlyByOneAgency() {
        int differing = 0;
        for (SyntheticPerson person : PEOPLE) {
            Set<SyntheticPerson.Recorded> versions = new HashSet<>();
            for (Agency agency : Agency.values()) {
                versions.add(person.recordedBy(agency));
                assertEquals(person.recordedBy(agency), person.recordedBy(agency));
            }
            assertTrue(versions.size() <= 2, "at most one agency differs");
            differing += versions.size() - 1;
        }
        double share = differing / (double) PEOPLE.size();
        // One person in five is picked, and the variant lands on one of three agencies: expect about 0.2.
        assertTrue(share > 0.12 && share < 0.28, "share recorded differently " + share);
    }

    private static double share(java.util.function.Predicate<SyntheticPerson> test) {
        return PEOPLE.stream().filter(test).count() / (double) PEOPLE.size();
    }
}
