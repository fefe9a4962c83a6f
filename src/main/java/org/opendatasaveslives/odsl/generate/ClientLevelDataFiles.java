package org.opendatasaveslives.odsl.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic adult social care client-level data (DHSC CLD, release 2 field names): one return per council with adult
 * social services responsibilities in the demo areas (the five West Yorkshire metropolitan districts, Kent County
 * Council, Medway), for the financial year 2024-25, one row per event of the people of the shared synthetic population
 * that social care knows, with names and dates of birth as social care recorded them. The layout is described in
 * docs/sources/dhsc-asc-client-level-data.md. About one client in thirty has no NHS number on the council's system.
 */
public final class ClientLevelDataFiles {
    public static final String FOLDER = "social_care/cld/";
    public static final LocalDate PERIOD_START = LocalDate.of(2024, 4, 1);
    public static final LocalDate PERIOD_END = LocalDate.of(2025, 3, 31);
    static final double NO_NHS_NUMBER = 1.0 / 30;
    /** CLD dates: dd/mm/yyyy, no time (CLD guidance, release 1). */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
    private static final long SEED_MIX = 0x9E3779B97F4A7C15L;

    /** The CLD columns, in order. */
    public static final List<String> HEADER = List.of("LA_Code", "Reporting_Period_Start_Date",
        "Reporting_Period_End_Date", "LA_Person_Unique_Identifier", "NHS_Number", "First_Name", "Last_Name",
        "GP_Practice_Name", "GP_Practice_Code", "Gender", "Ethnicity", "Date_of_Birth", "Date_of_Death", "Client_Type",
        "Primary_Support_Reason", "Postcode", "Accommodation_Status", "Employment_Status", "Has_Unpaid_Carer",
        "Autism_Spectrum_Disorder_ASD", "Visual_Impairment", "Hearing_Impairment", "Dementia", "Client_Funding_Status",
        "Event_Type", "Event_Reference", "Event_Start_Date", "Event_End_Date", "Event_Description", "Event_Outcome",
        "Request_Route_of_Access", "Assessment_Type", "Eligible_Needs_Identified", "Method_of_Assessment",
        "Total_Hrs_Caring_per_week", "No_of_adults_being_cared_for", "Adult_1_Linked_Person_ID",
        "Adult_2_Linked_Person_ID", "Adult_3_Linked_Person_ID", "Service_Type", "Service_Component",
        "Delivery_Mechanism", "Provider_CQC_Location_Name", "Provider_CQC_Location_ID", "Review_Reason",
        "Review_Outcomes_Achieved", "Method_of_Review", "Unit_Cost", "Cost_Frequency_Unit_Type",
        "Planned_units_per_week");

    /** A council with adult social services responsibilities: its social services code, GSS code and file name. */
    public record Council(String laCode, String gssCode, String fileSlug, String referencePrefix) {
    }

    public static final List<Council> COUNCILS = List.of(
        new Council("209", "E08000032", "bradford", "BRD"),
        new Council("210", "E08000033", "calderdale", "CAL"),
        new Council("211", "E08000034", "kirklees", "KIR"),
        new Council("212", "E08000035", "leeds", "LDS"),
        new Council("213", "E08000036", "wakefield", "WAK"),
        new Council("820", "E10000016", "kent", "KNT"),
        new Council("821", "E06000035", "medway", "MED"));

    /** CLD release 2 wording of each NHS Data Dictionary ethnic category the population uses. */
    private static final Map<String, String> ETHNICITY = Map.ofEntries(
        Map.entry("A", "White: English, Welsh, Scottish, Northern Irish or British"),
        Map.entry("B", "White: Irish"),
        Map.entry("C", "White: Any other White background"),
        Map.entry("D", "Mixed or multiple ethnic groups: White and Black Caribbean"),
        Map.entry("E", "Mixed or multiple ethnic groups: White and Black African"),
        Map.entry("F", "Mixed or multiple ethnic groups: White and Asian"),
        Map.entry("G", "Mixed or multiple ethnic groups: Any other Mixed or multiple ethnic background"),
        Map.entry("H", "Asian or Asian British: Indian"),
        Map.entry("J", "Asian or Asian British: Pakistani"),
        Map.entry("K", "Asian or Asian British: Bangladeshi"),
        Map.entry("L", "Asian or Asian British: Any other Asian background"),
        Map.entry("M", "Black, Black British, Caribbean or African: Caribbean"),
        Map.entry("N", "Black, Black British, Caribbean or African: African"),
        Map.entry("P", "Black, Black British, Caribbean or African: Any other Black, Black British or Caribbean background"),
        Map.entry("R", "Asian or Asian British: Chinese"),
        Map.entry("S", "Other ethnic group: Any other ethnic group"),
        Map.entry("Z", "No data: Refused"),
        Map.entry("99", "No data: Undeclared or not known"));

    private static final WeightedChoice<String> OLDER_SUPPORT_REASONS = WeightedChoice.<String>builder()
        .add("Physical support: Personal care support", 55).add("Physical support: Access and mobility only", 8)
        .add("Support with memory and cognition", 16).add("Mental health support", 7)
        .add("Sensory support: Support for visual impairment", 2).add("Sensory support: Support for hearing impairment", 1)
        .add("Sensory support: Support for dual impairment", 1).add("Learning disability support", 2)
        .add("Social support: Support for social isolation or other", 5).add("Social support: Substance misuse support", 1)
        .add("Unknown", 2).build();
    private static final WeightedChoice<String> WORKING_AGE_SUPPORT_REASONS = WeightedChoice.<String>builder()
        .add("Learning disability support", 30).add("Mental health support", 25)
        .add("Physical support: Personal care support", 22).add("Physical support: Access and mobility only", 5)
        .add("Social support: Substance misuse support", 4).add("Social support: Asylum seeker support", 1)
        .add("Social support: Support for social isolation or other", 5).add("Support with memory and cognition", 2)
        .add("Sensory support: Support for visual impairment", 2).add("Sensory support: Support for hearing impairment", 2)
        .add("Unknown", 2).build();
    private static final WeightedChoice<String> ACCOMMODATION = WeightedChoice.<String>builder()
        .add("Owner occupier or shared ownership scheme", 45).add("Tenant", 35).add("Settled mainstream housing with family or friends", 12)
        .add("Supported accommodation", 5).add("Unknown", 3).build();

    private ClientLevelDataFiles() {
    }

    /** The file of a council, relative to the data folder. */
    public static String relativePath(Council council) {
        return FOLDER + "2024-25-" + council.fileSlug() + "-cld.csv";
    }

    /**
     * Writes every council's return for the people known to social care (each council's own residents); deterministic
     * for a seed and the same people. {@code scale} sizes the population the caller drew, so it only has to be valid.
     */
    public static List<GeneratedFile> writeClientLevelData(Path dataDirectory, long seed, int scale,
            List<SyntheticPerson> people) {
        if (scale < 1) {
            throw new IllegalArgumentException("Scale must be at least 1, got " + scale);
        }
        CarePathways pathways = new CarePathways(PERIOD_START, PERIOD_END);
        List<GeneratedFile> files = new ArrayList<>();
        for (Council council : COUNCILS) {
            String path = relativePath(council);
            Random random = new Random(seed * SEED_MIX + path.hashCode());
            List<SyntheticPerson> clients = people.stream()
                .filter(p -> p.isKnownTo(Agency.SOCIAL_CARE) && p.councilCode().equals(council.gssCode()))
                .sorted(Comparator.comparingInt(SyntheticPerson::number)).toList();
            try (CsvLineWriter out = new CsvLineWriter(dataDirectory.resolve(path), CsvLineWriter.LineEnding.CRLF, false)) {
                out.header(HEADER.toArray(String[]::new));
                int events = 0;
                for (SyntheticPerson client : clients) {
                    ClientRecord record = ClientRecord.of(council, client, random);
                    for (CareEvent event : pathways.pathway(random)) {
                        out.row(record.row(event, String.format(Locale.ROOT, "%s-E-%07d", council.referencePrefix(), ++events)));
                    }
                }
                files.add(new GeneratedFile(path, out.dataRows()));
            }
        }
        return files;
    }

    /** What a council holds about one client, the same on each of their rows. */
    private record ClientRecord(Council council, SyntheticPerson person, SyntheticPerson.Recorded recorded,
            String nhsNumber, String supportReason, String accommodation, String unpaidCarer, String dementia) {

        static ClientRecord of(Council council, SyntheticPerson person, Random random) {
            SyntheticPerson.Recorded recorded = person.recordedBy(Agency.SOCIAL_CARE);
            boolean older = !recorded.birthDate().isAfter(PERIOD_START.minusYears(65));
            String reason = (older ? OLDER_SUPPORT_REASONS : WORKING_AGE_SUPPORT_REASONS).pick(random);
            return new ClientRecord(council, person, recorded,
                random.nextDouble() < NO_NHS_NUMBER ? "" : person.nhsNumber(), reason, ACCOMMODATION.pick(random),
                random.nextBoolean() ? "Yes" : "No",
                reason.equals("Support with memory and cognition") ? "Yes" : "No");
        }

        String[] row(CareEvent e, String eventReference) {
            return new String[] {council.laCode(), DATE.format(PERIOD_START), DATE.format(PERIOD_END),
                String.format(Locale.ROOT, "%s-P-%07d", council.referencePrefix(), person.number()), nhsNumber,
                recorded.givenName(), recorded.familyName(), "", person.gpPracticeOdsCode(),
                person.sex() == Sex.FEMALE ? "Female" : "Male", ETHNICITY.get(person.ethnicCategory()),
                DATE.format(recorded.birthDate()), "", "Service user", supportReason, person.postcode(), accommodation,
                "Unknown", unpaidCarer, "No", "No", "No", dementia, "Fully funded by the local authority",
                e.type(), eventReference, DATE.format(e.start()), e.end() == null ? "" : DATE.format(e.end()), "",
                e.outcome(), e.routeOfAccess(), e.assessmentType(), e.eligibleNeeds(),
                e.type().equals("Assessment") ? e.method() : "", "", "", "", "", "", e.serviceType(),
                e.serviceComponent(), e.deliveryMechanism(), "", "", e.reviewReason(), e.reviewOutcomesAchieved(),
                e.type().equals("Review") ? e.method() : "", "", "", ""};
        }
    }
}
