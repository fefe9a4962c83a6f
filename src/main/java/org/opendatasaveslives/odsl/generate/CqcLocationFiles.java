package org.opendatasaveslives.odsl.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic CQC "HSCA Active Locations" directory ({@value #RELATIVE_PATH}) in the exact published
 * 119-column layout: the real header (copied from {@code HSCA_Active_Locations_header_119cols.csv}), dates as
 * dd/mm/yyyy, Y/N flags, the CQC rating strings, Y in the "Regulated activity - ...", "Service type - ..." and
 * "Service user band - ..." columns, CRLF line endings and no byte-order mark, as the header file has.
 *
 * <p>Locations lie in the 18 demo districts ({@link ReferenceAreas}) with their real council names ("Leeds",
 * "Kent", "Medway"), the real GSS and ODS codes and names of their sub-ICB locations in the CCG columns (as a 2025
 * directory has them) and positions inside the district. Most are care homes with beds and
 * ratings; the rest are home-care agencies and supported-living services.
 *
 * <p>Synthetic identifiers cannot collide with real ones: real CQC location and provider IDs are "1-" followed by
 * digits (or, for some NHS locations, an ODS site code starting with a letter); every synthetic location ID is
 * "9-" and ten digits and every provider ID "9-" and nine digits, a prefix CQC does not use. Telephone numbers are
 * in Ofcom's drama range (01632 960xxx, published without the leading 0 as in the real file), web addresses use the
 * reserved .example domain, brand IDs are BD9xx, and the synthetic locations carry no ODS code, so none of them
 * links to a real NHS organisation.
 */
public final class CqcLocationFiles {

    public static final String RELATIVE_PATH = "social_care/HSCA_Active_Locations.csv";

    /** The real 119-column header of the CQC HSCA Active Locations file, in order. */
    public static final List<String> HEADER = List.of(
            "Location ID",
            "Location HSCA start date",
            "Dormant (Y/N)",
            "Care home?",
            "Location Name",
            "Location ODS Code",
            "Location Telephone Number",
            "Registered manager (note; where there is more than one manager at a location, "
                    + "only one is included here for ease of presentation. The full list is published "
                    + "at the same link as this file by further visiting the link \u2018CQC register: "
                    + "nominated individuals, managers and regulated activities\u2019 and using 'HSCA "
                    + "Registered Managers' file).",
            "Location Web Address",
            "Care homes beds",
            "Location Type/Sector",
            "Location Inspection Directorate",
            "Location Primary Inspection Category",
            "Location Latest Overall Rating",
            "Publication Date",
            "Inherited Rating (Y/N)",
            "Location Region",
            "Location NHS Region",
            "Location Local Authority",
            "Location ONSPD CCG Code",
            "Location ONSPD CCG",
            "Location Commissioning CCG Code",
            "Location Commissioning CCG",
            "Location Street Address",
            "Location Address Line 2",
            "Location City",
            "Location County",
            "Location Postal Code",
            "Location PAF ID",
            "Location UPRN ID",
            "Location Latitude",
            "Location Longitude",
            "Location Parliamentary Constituency",
            "Brand ID",
            "Brand Name",
            "Provider Companies House Number",
            "Provider Charity Number",
            "Provider ID",
            "Provider Name",
            "Provider HSCA start date",
            "Provider Type/Sector",
            "Provider Inspection Directorate",
            "Provider Primary Inspection Category",
            "Provider Ownership Type",
            "Provider Telephone Number",
            "Provider Web Address",
            "Provider Street Address",
            "Provider Address Line 2",
            "Provider City",
            "Provider County",
            "Provider Postal Code",
            "Provider PAF ID",
            "Provider UPRN ID",
            "Provider Local Authority",
            "Provider Region",
            "Provider NHS Region",
            "Provider Latitude",
            "Provider Longitude",
            "Provider Parliamentary Constituency",
            "Provider Nominated Individual Name",
            "Provider Main Partner Name (note; this column only applies where the Provider "
                    + "Ownership Type is Partnership. Where the Provider Ownership Type is "
                    + "Organisation or NHS Body please refer to the Nominated Individual column. Where "
                    + "the Provider Ownership Type is Individual the Provider Name Column gives the "
                    + "individual's name)",
            "Regulated activity - Accommodation for persons who require nursing or personal care",
            "Regulated activity - Accommodation for persons who require treatment for substance misuse",
            "Regulated activity - Assessment or medical treatment for persons detained under "
                    + "the Mental Health Act 1983",
            "Regulated activity - Diagnostic and screening procedures",
            "Regulated activity - Family planning",
            "Regulated activity - Management of supply of blood and blood derived products",
            "Regulated activity - Maternity and midwifery services",
            "Regulated activity - Nursing care",
            "Regulated activity - Personal care",
            "Regulated activity - Services in slimming clinics",
            "Regulated activity - Surgical procedures",
            "Regulated activity - Termination of pregnancies",
            "Regulated activity - Transport services, triage and medical advice provided remotely",
            "Regulated activity - Treatment of disease, disorder or injury",
            "Service type - Acute services with overnight beds",
            "Service type - Acute services without overnight beds / listed acute services "
                    + "with or without overnight beds",
            "Service type - Ambulance service",
            "Service type - Blood and Transplant service",
            "Service type - Care home service with nursing",
            "Service type - Care home service without nursing",
            "Service type - Community based services for people who misuse substances",
            "Service type - Community based services for people with a learning disability",
            "Service type - Community based services for people with mental health needs",
            "Service type - Community health care services - Nurses Agency only",
            "Service type - Community healthcare service",
            "Service type - Dental service",
            "Service type - Diagnostic and/or screening service",
            "Service type - Diagnostic and/or screening service - single handed sessional providers",
            "Service type - Doctors consultation service",
            "Service type - Doctors treatment service",
            "Service type - Domiciliary care service",
            "Service type - Extra Care housing services",
            "Service type - Hospice services",
            "Service type - Hospice services at home",
            "Service type - Hospital services for people with mental health needs, learning "
                    + "disabilities and problems with substance misuse",
            "Service type - Hyperbaric Chamber",
            "Service type - Long term conditions services",
            "Service type - Mobile doctors service",
            "Service type - Prison Healthcare Services",
            "Service type - Rehabilitation services",
            "Service type - Remote clinical advice service",
            "Service type - Residential substance misuse treatment and/or rehabilitation service",
            "Service type - Shared Lives",
            "Service type - Specialist college service",
            "Service type - Supported living service",
            "Service type - Urgent care services",
            "Service user band - Children 0-18 years",
            "Service user band - Dementia",
            "Service user band - Learning disabilities or autistic spectrum disorder",
            "Service user band - Mental Health",
            "Service user band - Older People",
            "Service user band - People detained under the Mental Health Act",
            "Service user band - People who misuse drugs and alcohol",
            "Service user band - People with an eating disorder",
            "Service user band - Physical Disability",
            "Service user band - Sensory Impairment",
            "Service user band - Whole Population",
            "Service user band - Younger Adults");

    /** Locations per district at scale 1 (about 300 in all), West Yorkshire first, as {@link ReferenceAreas}. */
    private static final Map<String, Integer> LOCATIONS_PER_DISTRICT = Map.ofEntries(
            Map.entry("Bradford", 32), Map.entry("Calderdale", 12), Map.entry("Kirklees", 26),
            Map.entry("Leeds", 44), Map.entry("Wakefield", 20), Map.entry("Medway", 16));
    private static final int LOCATIONS_PER_KENT_DISTRICT = 12;

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final long SEED_MIX = 0x9E3779B97F4A7C15L;

    private static final List<String> NAME_STEMS = List.of("Abbey", "Alder", "Ash", "Aspen", "Beech", "Birch",
            "Bramble", "Brook", "Castle", "Cedar", "Chapel", "Cherry", "Clover", "Croft", "Dale", "Elm", "Fairfield",
            "Fern", "Glebe", "Hawthorn", "Hazel", "Heath", "Highfield", "Holly", "Laurel", "Linden", "Manor", "Maple",
            "Meadow", "Mill", "Moor", "Oak", "Orchard", "Priory", "Rowan", "Spring", "Willow", "Wood");
    private static final List<String> HOME_KINDS = List.of("House", "Lodge", "Court", "Grange", "Manor", "View",
            "Gardens", "Hall");
    private static final List<String> STREET_KINDS = List.of("Road", "Street", "Lane", "Avenue", "Close", "Drive",
            "Crescent", "Grove", "Way", "Terrace");
    private static final List<String> FIRST_NAMES = List.of("Alex", "Amira", "Ben", "Chloe", "Daniel", "Fatima",
            "Grace", "Harpreet", "Jack", "Joanne", "Karen", "Liam", "Mohammed", "Nadia", "Olivia", "Paul", "Ruth",
            "Sam", "Tariq", "Zoe");
    private static final List<String> SURNAMES = List.of("Ahmed", "Bailey", "Brown", "Clarke", "Davies", "Evans",
            "Green", "Hall", "Hussain", "Jones", "Khan", "Lewis", "Patel", "Roberts", "Singh", "Smith", "Taylor",
            "Walker", "Wilson", "Wright");
    private static final Map<String, List<String>> POSTCODE_AREAS = Map.ofEntries(
            Map.entry("Bradford", List.of("BD1", "BD3", "BD5", "BD8", "BD10", "BD18")),
            Map.entry("Calderdale", List.of("HX1", "HX3", "HX6")),
            Map.entry("Kirklees", List.of("HD1", "HD2", "HD4", "WF13", "WF17")),
            Map.entry("Leeds", List.of("LS6", "LS8", "LS11", "LS14", "LS17", "LS28")),
            Map.entry("Wakefield", List.of("WF1", "WF2", "WF6", "WF10")),
            Map.entry("Medway", List.of("ME1", "ME4", "ME5", "ME7", "ME8")),
            Map.entry("Ashford", List.of("TN23", "TN24")), Map.entry("Canterbury", List.of("CT1", "CT2", "CT6")),
            Map.entry("Dartford", List.of("DA1", "DA2")), Map.entry("Dover", List.of("CT16", "CT17", "CT14")),
            Map.entry("Gravesham", List.of("DA11", "DA12")), Map.entry("Maidstone", List.of("ME14", "ME15", "ME16")),
            Map.entry("Sevenoaks", List.of("TN13", "TN14")), Map.entry("Folkestone and Hythe", List.of("CT19", "CT20", "CT21")),
            Map.entry("Swale", List.of("ME10", "ME12", "ME13")), Map.entry("Thanet", List.of("CT9", "CT10", "CT11")),
            Map.entry("Tonbridge and Malling", List.of("ME19", "ME20", "TN9")),
            Map.entry("Tunbridge Wells", List.of("TN1", "TN2", "TN4")));

    private static final String ACCOMMODATION = "Regulated activity - Accommodation for persons who require nursing or personal care";
    private static final String TREATMENT = "Regulated activity - Treatment of disease, disorder or injury";
    private static final String DIAGNOSTIC = "Regulated activity - Diagnostic and screening procedures";
    private static final String PERSONAL_CARE = "Regulated activity - Personal care";
    private static final String NURSING_CARE = "Regulated activity - Nursing care";
    private static final List<String> CARE_HOME_BANDS = List.of("Service user band - Dementia",
            "Service user band - Physical Disability", "Service user band - Mental Health",
            "Service user band - Sensory Impairment", "Service user band - Younger Adults");
    private static final List<String> COMMUNITY_BANDS = List.of("Service user band - Younger Adults",
            "Service user band - Learning disabilities or autistic spectrum disorder",
            "Service user band - Physical Disability", "Service user band - Mental Health",
            "Service user band - Dementia", "Service user band - Whole Population");

    private static final Map<String, String> MERGED_CCGS = Map.of("E38000121", "E38000254", "E38000064", "E38000254");

    /** Letters a postcode's inward unit may use (never C, I, K, M, O or V). */
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private static final Map<String, Integer> COLUMN = columnIndex();

    private CqcLocationFiles() {
    }

    /**
     * Writes {@value #RELATIVE_PATH} under {@code dataDirectory}: about 300 locations per unit of {@code scale},
     * deterministic for a seed. Returns the file written.
     */
    public static List<GeneratedFile> writeHscaActiveLocations(Path dataDirectory, long seed, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("Scale must be at least 1, got " + scale);
        }
        Random random = new Random(seed * SEED_MIX + RELATIVE_PATH.hashCode());
        Ids ids = new Ids(random);
        List<Provider> providers = new ArrayList<>();
        try (CsvLineWriter out = new CsvLineWriter(dataDirectory.resolve(RELATIVE_PATH), CsvLineWriter.LineEnding.CRLF,
                false)) {
            out.header(HEADER.toArray(String[]::new));
            for (LocalAuthority district : ReferenceAreas.districts()) {
                int count = LOCATIONS_PER_DISTRICT.getOrDefault(district.name(), LOCATIONS_PER_KENT_DISTRICT) * scale;
                for (int i = 0; i < count; i++) {
                    Provider provider = provider(providers, district, ids, random);
                    out.row(location(district, provider, ids, random));
                }
            }
            return List.of(new GeneratedFile(RELATIVE_PATH, out.dataRows()));
        }
    }

    /** A provider to run the next location: often one that already runs others, otherwise a new one in the district. */
    private static Provider provider(List<Provider> providers, LocalAuthority district, Ids ids, Random random) {
        if (!providers.isEmpty() && random.nextDouble() < 0.35) {
            return providers.get(random.nextInt(providers.size()));
        }
        String stem = pick(NAME_STEMS, random);
        String ownership = random.nextDouble() < 0.85 ? "Organisation" : random.nextBoolean() ? "Partnership" : "Individual";
        String name = switch (ownership) {
            case "Organisation" -> stem + " " + pick(List.of("Care", "Healthcare", "Care Homes", "Support Services"), random)
                    + " Limited";
            case "Partnership" -> "Mr " + pick(FIRST_NAMES, random) + " " + pick(SURNAMES, random) + " and Mrs "
                    + pick(FIRST_NAMES, random) + " " + pick(SURNAMES, random);
            default -> pick(FIRST_NAMES, random) + " " + pick(SURNAMES, random);
        };
        String[] point = point(district, random);
        Provider p = new Provider(ids.provider(), name, ownership, district, address(district, random), point[0],
                point[1], date(LocalDate.of(2010, 10, 1), LocalDate.of(2020, 12, 31), random),
                ownership.equals("Organisation") ? String.format(Locale.ROOT, "%08d", 1_000_000 + random.nextInt(9_000_000)) : "",
                pick(FIRST_NAMES, random) + " " + pick(SURNAMES, random),
                ownership.equals("Partnership") ? pick(FIRST_NAMES, random) + " " + pick(SURNAMES, random) : "");
        providers.add(p);
        return p;
    }

    private static String[] location(LocalAuthority district, Provider provider, Ids ids, Random random) {
        String[] row = new String[HEADER.size()];
        Arrays.fill(row, "");
        double kind = random.nextDouble();
        boolean careHome = kind < 0.72;
        boolean nursing = careHome && random.nextDouble() < 0.4;
        boolean supportedLiving = !careHome && kind > 0.9;
        String stem = pick(NAME_STEMS, random);
        LocalDate registered = date(LocalDate.parse(provider.registered(), DMY), LocalDate.of(2024, 12, 31), random);
        SubIcbLocation ccg = subIcbLocation(district.ccgs().get(random.nextInt(district.ccgs().size())));
        String[] point = point(district, random);
        String[] address = address(district, random);
        boolean westYorkshire = district.force() == PoliceForce.WEST_YORKSHIRE;

        set(row, "Location ID", ids.location());
        set(row, "Location HSCA start date", DMY.format(registered));
        set(row, "Dormant (Y/N)", random.nextDouble() < 0.03 ? "Y" : "N");
        set(row, "Care home?", careHome ? "Y" : "N");
        set(row, "Location Name", careHome ? stem + " " + pick(HOME_KINDS, random) + (nursing ? " Nursing Home" : "")
                : supportedLiving ? stem + " Supported Living" : stem + " Home Care - " + district.name());
        set(row, "Location Telephone Number", telephone(random));
        set(row, HEADER.get(7), pick(FIRST_NAMES, random) + " " + pick(SURNAMES, random));
        if (random.nextDouble() < 0.5) {
            set(row, "Location Web Address", "www." + webName(provider.name()) + ".example");
        }
        set(row, "Care homes beds", careHome ? Integer.toString(6 + random.nextInt(nursing ? 110 : 60)) : "0");
        set(row, "Location Type/Sector", "Social Care Org");
        set(row, "Location Inspection Directorate", "Adult social care");
        set(row, "Location Primary Inspection Category",
                careHome ? "Residential social care" : "Community based adult social care services");
        String rating = rating(random);
        set(row, "Location Latest Overall Rating", rating);
        if (!rating.isEmpty()) {
            LocalDate from = registered.isAfter(LocalDate.of(2019, 1, 1)) ? registered : LocalDate.of(2019, 1, 1);
            set(row, "Publication Date", DMY.format(date(from.plusMonths(4), LocalDate.of(2025, 2, 28), random)));
            set(row, "Inherited Rating (Y/N)", random.nextDouble() < 0.05 ? "Y" : "N");
        }
        set(row, "Location Region", district.regionName());
        set(row, "Location NHS Region", westYorkshire ? "North East and Yorkshire" : "South East");
        set(row, "Location Local Authority", district.utlaName());
        set(row, "Location ONSPD CCG Code", ccg.code());
        set(row, "Location ONSPD CCG", ccg.name());
        set(row, "Location Commissioning CCG Code", ccg.odsCode());
        set(row, "Location Commissioning CCG", ccg.name());
        set(row, "Location Street Address", address[0]);
        set(row, "Location City", district.name());
        set(row, "Location County", westYorkshire ? "West Yorkshire" : "Kent");
        set(row, "Location Postal Code", address[1]);
        set(row, "Location PAF ID", Integer.toString(10_000_000 + random.nextInt(89_999_999)));
        set(row, "Location UPRN ID", Long.toString(100_000_000L + random.nextInt(899_999_999)));
        set(row, "Location Latitude", point[0]);
        set(row, "Location Longitude", point[1]);
        set(row, "Location Parliamentary Constituency", district.name());
        if (random.nextDouble() < 0.2) {
            set(row, "Brand ID", "BD9" + (10 + Math.floorMod(provider.id().hashCode(), 90)));
            set(row, "Brand Name", "BRAND " + provider.name().replace(" Limited", ""));
        } else {
            set(row, "Brand ID", "-");
            set(row, "Brand Name", "-");
        }
        set(row, "Provider Companies House Number", provider.companiesHouse());
        set(row, "Provider ID", provider.id());
        set(row, "Provider Name", provider.name());
        set(row, "Provider HSCA start date", provider.registered());
        set(row, "Provider Type/Sector", "Social Care Org");
        set(row, "Provider Inspection Directorate", "Adult social care");
        set(row, "Provider Primary Inspection Category",
                careHome ? "Residential social care" : "Community based adult social care services");
        set(row, "Provider Ownership Type", provider.ownership());
        set(row, "Provider Telephone Number", telephone(random));
        set(row, "Provider Street Address", provider.address()[0]);
        set(row, "Provider City", provider.district().name());
        set(row, "Provider County", provider.district().force() == PoliceForce.WEST_YORKSHIRE ? "West Yorkshire" : "Kent");
        set(row, "Provider Postal Code", provider.address()[1]);
        set(row, "Provider Local Authority", provider.district().utlaName());
        set(row, "Provider Region", provider.district().regionName());
        set(row, "Provider NHS Region",
                provider.district().force() == PoliceForce.WEST_YORKSHIRE ? "North East and Yorkshire" : "South East");
        set(row, "Provider Latitude", provider.latitude());
        set(row, "Provider Longitude", provider.longitude());
        set(row, "Provider Parliamentary Constituency", provider.district().name());
        set(row, "Provider Nominated Individual Name", provider.nominatedIndividual());
        set(row, HEADER.get(60), provider.mainPartner());

        if (careHome) {
            set(row, ACCOMMODATION, "Y");
            set(row, nursing ? "Service type - Care home service with nursing" : "Service type - Care home service without nursing", "Y");
            if (nursing) {
                set(row, TREATMENT, "Y");
                set(row, DIAGNOSTIC, random.nextDouble() < 0.3 ? "Y" : "");
            }
            set(row, "Service user band - Older People", "Y");
            for (String band : CARE_HOME_BANDS) {
                if (random.nextDouble() < 0.4) {
                    set(row, band, "Y");
                }
            }
        } else {
            set(row, PERSONAL_CARE, "Y");
            set(row, supportedLiving ? "Service type - Supported living service" : "Service type - Domiciliary care service", "Y");
            if (random.nextDouble() < 0.1) {
                set(row, NURSING_CARE, "Y");
                set(row, "Service type - Community health care services - Nurses Agency only", "Y");
            }
            set(row, supportedLiving ? "Service user band - Learning disabilities or autistic spectrum disorder"
                    : "Service user band - Older People", "Y");
            for (String band : COMMUNITY_BANDS) {
                if (random.nextDouble() < 0.3) {
                    set(row, band, "Y");
                }
            }
        }
        return row;
    }

    /** CQC's published mix of overall ratings for adult social care, roughly; empty means not yet rated. */
    private static String rating(Random random) {
        double r = random.nextDouble();
        if (r < 0.05) {
            return "Outstanding";
        } else if (r < 0.70) {
            return "Good";
        } else if (r < 0.87) {
            return "Requires improvement";
        } else if (r < 0.90) {
            return "Inadequate";
        } else if (r < 0.92) {
            return "Insufficient evidence to rate";
        }
        return "";
    }

    private static String[] address(LocalAuthority district, Random random) {
        String street = (1 + random.nextInt(180)) + " " + pick(NAME_STEMS, random) + " " + pick(STREET_KINDS, random);
        String outward = pick(POSTCODE_AREAS.get(district.name()), random);
        String inward = (1 + random.nextInt(9)) + "" + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
        return new String[] {street, outward + " " + inward};
    }

    /** A point inside the district: its real centroid mean and spread, six decimals like the real file. */
    private static String[] point(LocalAuthority district, Random random) {
        AreaExtent e = district.extent();
        double lat = e.latitude() + random.nextGaussian() * e.latitudeSpread() * 0.8;
        double lon = e.longitude() + random.nextGaussian() * e.longitudeSpread() * 0.8;
        return new String[] {String.format(Locale.ROOT, "%.6f", lat), String.format(Locale.ROOT, "%.6f", lon)};
    }

    /** Ofcom's drama range 01632 960000-960999, without the leading 0 as the real file prints numbers. */
    private static String telephone(Random random) {
        return "1632960" + String.format(Locale.ROOT, "%03d", random.nextInt(1000));
    }

    private static LocalDate date(LocalDate from, LocalDate to, Random random) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    private static void set(String[] row, String column, String value) {
        Integer i = COLUMN.get(column);
        if (i == null) {
            throw new IllegalArgumentException("No column " + column + " in the HSCA Active Locations layout");
        }
        row[i] = value;
    }

    /**
     * The sub-ICB location (July 2022) that a district's April 2020 CCG became: a 2025 directory names sub-ICB
     * locations in its CCG columns. Most kept their CCG's codes; North Kirklees and Greater Huddersfield CCGs merged
     * into Kirklees CCG in April 2021 (E38000254, X2C4Y).
     */
    static SubIcbLocation subIcbLocation(Ccg ccg) {
        String code = MERGED_CCGS.getOrDefault(ccg.code(), ccg.code());
        return ReferenceAreas.subIcbLocations().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No sub-ICB location for CCG " + ccg.code()));
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static Map<String, Integer> columnIndex() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < HEADER.size(); i++) {
            index.put(HEADER.get(i), i);
        }
        return Map.copyOf(index);
    }

    /** Unique synthetic IDs in the "9-" range no real CQC ID uses. */
    private static final class Ids {
        private final Random random;
        private final Set<String> used = new HashSet<>();

        Ids(Random random) {
            this.random = random;
        }

        String location() {
            return unique(() -> "9-" + (1_000_000_000L + random.nextLong(9_000_000_000L)));
        }

        String provider() {
            return unique(() -> "9-" + (100_000_000 + random.nextInt(900_000_000)));
        }

        private String unique(java.util.function.Supplier<String> next) {
            String id;
            do {
                id = next.get();
            } while (!used.add(id));
            return id;
        }
    }

    private record Provider(String id, String name, String ownership, LocalAuthority district, String[] address,
            String latitude, String longitude, String registered, String companiesHouse, String nominatedIndividual,
            String mainPartner) {
        Provider(String id, String name, String ownership, LocalAuthority district, String[] address, String latitude,
                String longitude, LocalDate registered, String companiesHouse, String nominatedIndividual,
                String mainPartner) {
            this(id, name, ownership, district, address, latitude, longitude, DMY.format(registered), companiesHouse,
                    nominatedIndividual, mainPartner);
        }
    }

    /** Lower-case letters and digits joined by '-', for made-up web addresses. */
    private static String webName(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
