package org.opendatasaveslives.odsl.generate;

import java.util.List;
import java.util.Random;

/** Made-up but ordinary English ward and street names, and the place types police.uk uses as locations. */
final class PlaceNames {

    private static final List<String> STEMS = List.of(
            "Abbey", "Acre", "Ainsty", "Alder", "Ash", "Aspen", "Barley", "Beacon", "Beech", "Birch", "Bramble",
            "Brook", "Castle", "Cedar", "Chapel", "Cherry", "Church", "Clover", "Coppice", "Croft", "Dale",
            "Elm", "Fairfield", "Fern", "Field", "Glebe", "Green", "Hawthorn", "Hazel", "Heath", "Highfield",
            "Hill", "Holly", "Kings", "Laurel", "Linden", "Manor", "Maple", "Meadow", "Mill", "Moor", "Oak",
            "Orchard", "Park", "Pinfold", "Priory", "Queens", "Rectory", "Riverside", "Rowan", "School", "Spring",
            "Station", "Stone", "Tanner", "Victoria", "Water", "Well", "Willow", "Wood");

    private static final List<String> STREET_KINDS = List.of(
            "Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Grove", "Way", "Court", "Terrace",
            "Gardens", "Place", "Mount", "Fold", "View", "Walk", "Rise");

    private static final List<String> WARD_NAMES = List.of(
            "Abbeydale", "Ashbrook", "Beacon Hill", "Birchfield", "Brookside", "Castleton", "Chapel Green",
            "Cherry Tree", "Church Fenton", "Cliffe Vale", "Coppice Wood", "Dale End", "Elmsall", "Fairfield",
            "Fernhill", "Glebelands", "Greenside", "Hawthorn Park", "Heathfield", "Highfield", "Hollins",
            "Kingsway", "Lindley", "Maplewood", "Meadowbank", "Millbrook", "Moorside", "Oakwood", "Orchard Vale",
            "Parkside", "Priory", "Queensbury", "Riverside", "Rowanfield", "Springwell", "Stonegate", "Victoria",
            "Waterloo", "Westfield", "Willowbank");

    private static final List<String> COMPASS = List.of("", " North", " South", " East", " West", " Central");

    /** Place types police.uk uses instead of a street name. */
    private static final List<String> PLACE_TYPES = List.of(
            "Supermarket", "Parking Area", "Shopping Area", "Petrol Station", "Nightclub", "Police Station",
            "Sports/Recreation Area", "Hospital", "Theatre/Concert Hall", "Further/Higher Educational Building",
            "Park/Open Space", "Bus/Coach Station");

    private static final double PLACE_TYPE_SHARE = 0.25;

    private PlaceNames() {
    }

    /** The {@code index}-th ward name of a district; distinct for every index below {@link #wardNameCount()}. */
    static String wardName(int index) {
        if (index >= wardNameCount()) {
            throw new IllegalArgumentException(
                    "Only " + wardNameCount() + " ward names exist, asked for number " + index);
        }
        return WARD_NAMES.get(index % WARD_NAMES.size()) + COMPASS.get(index / WARD_NAMES.size());
    }

    static int wardNameCount() {
        return WARD_NAMES.size() * COMPASS.size();
    }

    static String location(Random random) {
        if (random.nextDouble() < PLACE_TYPE_SHARE) {
            return "On or near " + pick(PLACE_TYPES, random);
        }
        return "On or near " + pick(STEMS, random) + " " + pick(STREET_KINDS, random);
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
