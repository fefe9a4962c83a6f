package org.opendatasaveslives.odsl.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One synthetic person, the same in every agency's files: an NHS number in the reserved test range, where they live
 * (LSOA, district, council, police force) and the services that serve them (acute trust, GP practice), the force's
 * person reference, and which agencies hold records about them.
 * <p>
 * Agencies record names and dates of birth differently, as happens in practice: {@link #recordedBy(Agency)} gives
 * each agency's version.
 */
public record SyntheticPerson(
        int number,
        String nhsNumber,
        String givenName,
        String familyName,
        LocalDate birthDate,
        Sex sex,
        String ethnicCategory,
        LocalAuthority district,
        String lsoaCode,
        String postcode,
        String councilCode,
        String councilName,
        String acuteTrustOdsCode,
        String gpPracticeOdsCode,
        PoliceForce force,
        String policeReference,
        Set<Agency> knownTo) {

    /** About one person in five is recorded differently by one of the agencies. */
    static final double RECORDED_DIFFERENTLY = 0.2;

    public SyntheticPerson {
        knownTo = Set.copyOf(knownTo);
    }

    /** Name and date of birth as one agency recorded them. */
    public record Recorded(String givenName, String familyName, LocalDate birthDate) {
    }

    public boolean isKnownTo(Agency agency) {
        return knownTo.contains(agency);
    }

    /**
     * This person as the agency recorded them: usually exactly as they are; for about one person in five, one agency
     * has a nickname, a misspelling, a double-barrelled or former family name, or day and month transposed.
     */
    public Recorded recordedBy(Agency agency) {
        // SplittableRandom mixes the seed: java.util.Random's first draws from neighbouring seeds are correlated.
        Random random = new Random(new SplittableRandom(Long.parseLong(nhsNumber)).nextLong());
        Recorded exact = new Recorded(givenName, familyName, birthDate);
        if (random.nextDouble() >= RECORDED_DIFFERENTLY) {
            return exact;
        }
        List<Agency> agencies = List.of(Agency.values());
        if (agencies.get(random.nextInt(agencies.size())) != agency) {
            return exact;
        }
        return switch (random.nextInt(4)) {
            case 0 -> new Recorded(PersonNames.informal(givenName), familyName, birthDate);
            case 1 -> new Recorded(givenName, PersonNames.misspelt(familyName, random), birthDate);
            case 2 -> new Recorded(givenName, PersonNames.otherFamilyName(familyName, random), birthDate);
            default -> new Recorded(givenName, familyName, transposed(birthDate));
        };
    }

    private static LocalDate transposed(LocalDate date) {
        if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return date.plusDays(1);
        }
        return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    }
}
