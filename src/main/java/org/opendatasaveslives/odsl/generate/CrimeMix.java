package org.opendatasaveslives.odsl.generate;

import java.util.Random;

/**
 * The 14 police.uk crime types and their "Last outcome category" strings, weighted roughly like real monthly
 * street files (West Yorkshire and Bedfordshire, 2025): violence and sexual offences most common, anti-social
 * behaviour about a fifth, and outcomes where a suspect is known more likely for drugs and weapons offences.
 */
final class CrimeMix {

    static final String ANTI_SOCIAL_BEHAVIOUR = "Anti-social behaviour";
    private static final String DRUGS = "Drugs";
    private static final String POSSESSION_OF_WEAPONS = "Possession of weapons";

    private static final WeightedChoice<String> CRIME_TYPES = WeightedChoice.<String>builder()
            .add("Violence and sexual offences", 348)
            .add(ANTI_SOCIAL_BEHAVIOUR, 180)
            .add("Shoplifting", 80)
            .add("Public order", 70)
            .add("Criminal damage and arson", 65)
            .add("Other theft", 60)
            .add("Vehicle crime", 60)
            .add("Burglary", 40)
            .add(DRUGS, 35)
            .add("Other crime", 25)
            .add("Robbery", 13)
            .add(POSSESSION_OF_WEAPONS, 10)
            .add("Theft from the person", 8)
            .add("Bicycle theft", 6)
            .build();

    private static final WeightedChoice<String> OUTCOMES = WeightedChoice.<String>builder()
            .add("Investigation complete; no suspect identified", 300)
            .add("Under investigation", 250)
            .add("Unable to prosecute suspect", 230)
            .add("Awaiting court outcome", 60)
            .add("Local resolution", 35)
            .add("Action to be taken by another organisation", 25)
            .add("Court result unavailable", 20)
            .add("Offender given a caution", 15)
            .add("Further investigation is not in the public interest", 10)
            .add("Status update unavailable", 5)
            .add("Formal action is not in the public interest", 5)
            .add("Further action is not in the public interest", 5)
            .build();

    private static final WeightedChoice<String> DRUGS_OUTCOMES = WeightedChoice.<String>builder()
            .add("Local resolution", 250)
            .add("Under investigation", 200)
            .add("Awaiting court outcome", 150)
            .add("Offender given a drugs possession warning", 150)
            .add("Unable to prosecute suspect", 100)
            .add("Offender given a caution", 80)
            .add("Further action is not in the public interest", 40)
            .add("Formal action is not in the public interest", 30)
            .build();

    private static final WeightedChoice<String> WEAPONS_OUTCOMES = WeightedChoice.<String>builder()
            .add("Awaiting court outcome", 300)
            .add("Under investigation", 250)
            .add("Unable to prosecute suspect", 200)
            .add("Local resolution", 100)
            .add("Offender given a caution", 80)
            .add("Further action is not in the public interest", 70)
            .build();

    private CrimeMix() {
    }

    static String crimeType(Random random) {
        return CRIME_TYPES.pick(random);
    }

    /** The outcome police.uk would show; anti-social behaviour is not a crime and never has one. */
    static String lastOutcome(String crimeType, Random random) {
        return switch (crimeType) {
            case ANTI_SOCIAL_BEHAVIOUR -> "";
            case DRUGS -> DRUGS_OUTCOMES.pick(random);
            case POSSESSION_OF_WEAPONS -> WEAPONS_OUTCOMES.pick(random);
            default -> OUTCOMES.pick(random);
        };
    }
}
