package org.opendatasaveslives.odsl.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The synthetic population every person-level demo source draws on, so that the same people appear in police, health
 * and social care files: about {@value #PEOPLE_PER_SCALE} people per unit of scale, living in the demo districts in
 * proportion to their size. About 70% are known to health, 35% to social care and 40% to the police; at least one in
 * ten to all three.
 * <p>
 * NHS numbers are in the range reserved for testing (999 000 0000 to 999 999 9999) and carry valid Modulus 11 check
 * digits, so they pass the same checks real numbers do and can never be a real person's.
 */
public final class SyntheticPeople {
    static final int PEOPLE_PER_SCALE = 600;
    static final double KNOWN_TO_ALL = 0.12;
    private static final Map<Agency, Double> KNOWN_TO_OTHERWISE = Map.of(
            Agency.HEALTH, 0.6, Agency.SOCIAL_CARE, 0.19, Agency.POLICE, 0.25);
    private static final long SEED_MIX = 0x6C8E9CF570932BD5L;
    private static final int YOUNGEST = 18;
    private static final int OLDEST = 95;
    private static final LocalDate AGE_ON = LocalDate.of(2025, 1, 1);
    private static final String[] ETHNIC_CATEGORIES = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N",
            "P", "R", "S", "Z"};
    private static final double[] ETHNIC_WEIGHTS = {74, 1, 5, 0.8, 0.5, 0.8, 0.9, 2.6, 5, 0.9, 1.5, 1.1, 2.4, 0.5,
            0.7, 1.3, 2};
    /** Acute trusts with a type 1 A&E serving each district (ODS codes, real). */
    private static final Map<String, List<String>> ACUTE_TRUSTS = Map.ofEntries(
            Map.entry("E08000032", List.of("RAE", "RAE", "RCF")),
            Map.entry("E08000033", List.of("RWY")),
            Map.entry("E08000034", List.of("RWY", "RXF")),
            Map.entry("E08000035", List.of("RR8")),
            Map.entry("E08000036", List.of("RXF")),
            Map.entry("E06000035", List.of("RPA")),
            Map.entry("E07000105", List.of("RVV")),
            Map.entry("E07000106", List.of("RVV")),
            Map.entry("E07000107", List.of("RN7")),
            Map.entry("E07000108", List.of("RVV")),
            Map.entry("E07000109", List.of("RN7")),
            Map.entry("E07000110", List.of("RWF")),
            Map.entry("E07000111", List.of("RN7", "RWF")),
            Map.entry("E07000112", List.of("RVV")),
            Map.entry("E07000113", List.of("RPA", "RVV")),
            Map.entry("E07000114", List.of("RVV")),
            Map.entry("E07000115", List.of("RWF")),
            Map.entry("E07000116", List.of("RWF")));

    private SyntheticPeople() {
    }

    /** The population for a seed and scale; the same arguments always give the same people. */
    public static List<SyntheticPerson> generate(long seed, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("Scale must be at least 1, got " + scale);
        }
        Random random = new Random(seed * SEED_MIX + 1);
        SyntheticGeography geography = SyntheticGeography.mint();
        Map<String, List<String>> practices = OdsOrganisationFiles.openPracticesByDistrict(seed, scale);
        WeightedChoice<LocalAuthority> districts = districtsBySize();
        WeightedChoice<String> ethnicCategories = ethnicCategories();
        Map<PoliceForce, Integer> referencesIssued = new EnumMap<>(PoliceForce.class);
        Set<String> nhsNumbers = new HashSet<>();
        List<SyntheticPerson> people = new ArrayList<>();
        for (int number = 1; number <= PEOPLE_PER_SCALE * scale; number++) {
            LocalAuthority district = districts.pick(random);
            List<Lsoa> lsoas = geography.lsoas().stream().filter(l -> l.district().equals(district)).toList();
            Sex sex = random.nextDouble() < 0.58 ? Sex.FEMALE : Sex.MALE;
            int reference = referencesIssued.merge(district.force(), 1, Integer::sum);
            people.add(new SyntheticPerson(number, newNhsNumber(random, nhsNumbers),
                    PersonNames.given(sex, random), PersonNames.family(random), birthDate(random), sex,
                    ethnicCategories.pick(random), district, lsoas.get(random.nextInt(lsoas.size())).code(),
                    OdsOrganisationFiles.postcode(district.code(), random), district.utlaCode(), district.utlaName(),
                    pick(ACUTE_TRUSTS.get(district.code()), random), pick(practices.get(district.code()), random),
                    district.force(), policeReference(district.force(), reference), knownTo(random)));
        }
        return people;
    }

    /** A valid NHS number (Modulus 11) in the test range 999 000 0000–999 999 9999, not yet used. */
    static String newNhsNumber(Random random, Set<String> used) {
        while (true) {
            String stem = String.format(Locale.ROOT, "999%06d", random.nextInt(1_000_000));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (stem.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue; // no valid number has this stem
            }
            String number = stem + (check == 11 ? 0 : check);
            if (used.add(number)) {
                return number;
            }
        }
    }

    private static String policeReference(PoliceForce force, int reference) {
        return String.format(Locale.ROOT, "SYNTHETIC-%s-P-%06d", force.referencePrefix(), reference);
    }

    private static WeightedChoice<LocalAuthority> districtsBySize() {
        WeightedChoice.Builder<LocalAuthority> districts = WeightedChoice.builder();
        ReferenceAreas.districts().forEach(district -> districts.add(district, district.msoaCount()));
        return districts.build();
    }

    private static LocalDate birthDate(Random random) {
        // Younger adults are over-represented among people known to these services; a skewed draw keeps that shape.
        double skewed = Math.pow(random.nextDouble(), 1.5);
        LocalDate latest = AGE_ON.minusYears(YOUNGEST);
        long span = latest.toEpochDay() - AGE_ON.minusYears(OLDEST).toEpochDay();
        return latest.minusDays((long) (skewed * span));
    }

    private static WeightedChoice<String> ethnicCategories() {
        WeightedChoice.Builder<String> categories = WeightedChoice.builder();
        for (int i = 0; i < ETHNIC_CATEGORIES.length; i++) {
            categories.add(ETHNIC_CATEGORIES[i], ETHNIC_WEIGHTS[i]);
        }
        return categories.build();
    }

    private static Set<Agency> knownTo(Random random) {
        if (random.nextDouble() < KNOWN_TO_ALL) {
            return EnumSet.allOf(Agency.class);
        }
        Set<Agency> agencies = EnumSet.noneOf(Agency.class);
        for (Agency agency : Agency.values()) {
            if (random.nextDouble() < KNOWN_TO_OTHERWISE.get(agency)) {
                agencies.add(agency);
            }
        }
        if (agencies.isEmpty()) {
            agencies.add(Agency.values()[random.nextInt(Agency.values().length)]);
        }
        return agencies;
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
