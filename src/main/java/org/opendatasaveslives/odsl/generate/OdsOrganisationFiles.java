package org.opendatasaveslives.odsl.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic NHS Organisation Data Service extracts for the demo areas, in the published layouts: no header line, 27
 * fields, every field quoted.
 * <ul>
 * <li>{@code nhs/etr.csv} (LF): the REAL NHS trusts of the West Yorkshire (QWO) and Kent and Medway (QKS) integrated
 * care boards, copied from the 2023/24 ODS extract (public codes, names and postcodes, OGL).</li>
 * <li>{@code nhs/ect.csv} (LF): the real care trust of the demo areas, Bradford District Care NHS FT (TAD).</li>
 * <li>{@code nhs/epraccur.csv} (CRLF): SYNTHETIC GP practices and a few other prescribing cost centres in every demo
 * district, commissioned by its sub-ICB location (15F, 36J, X2C4Y, 91Q...). Their codes are {@code ZZ0001},
 * {@code ZZ0002}...: two letters and four digits, a form no ODS prescribing cost centre code has (practices are one
 * letter and five digits, A81001; Channel Islands practices three letters and three digits, ALD700), so they cannot
 * collide with real ones. Practices that closed before a CCG merger keep the commissioner of their day, as real
 * extracts do: Bradford's 2019 CCGs 02N/02R/02W (merged into 36J in April 2020), Kent's eight 2019 CCGs (merged into
 * 91Q), Kirklees's 03A/03J (merged into X2C4Y in April 2021). Telephone numbers are in Ofcom's drama range
 * (01632 960xxx); postcodes have the district's real outward code and an invented inward code.</li>
 * <li>{@code geography/lsoa11_ccg19_lad.csv}: the April 2019 LSOA → CCG → district lookup (ONS layout of
 * 217_..._(April_2019)...csv) for the synthetic LSOAs, so the build can tell which 2019 CCG became which 2020 CCG and
 * resolve those old commissioner codes. Kirklees's 2021 merger has no such lookup (as in the real samples): its old
 * practices reach their 2020 CCG area but no ICB.</li>
 * </ul>
 * Deterministic: the same seed and scale give byte-identical files.
 */
public final class OdsOrganisationFiles {

    public static final String TRUSTS = "nhs/etr.csv";
    public static final String CARE_TRUSTS = "nhs/ect.csv";
    public static final String PRACTICES = "nhs/epraccur.csv";
    public static final String LSOA_CCG19_LAD = "geography/lsoa11_ccg19_lad.csv";

    private static final int COLUMNS = 27;
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final LocalDate CCGS_FORMED = LocalDate.of(2013, 4, 1);
    private static final LocalDate CCG_MERGERS_2020 = LocalDate.of(2020, 4, 1);
    private static final LocalDate CCG_MERGERS_2021 = LocalDate.of(2021, 4, 1);
    private static final LocalDate SUB_ICBS_FORMED = LocalDate.of(2022, 7, 1);
    private static final LocalDate FIRST_OPEN = LocalDate.of(1974, 4, 1);
    private static final LocalDate LAST_CLOSE = LocalDate.of(2024, 12, 31);
    private static final long SEED_MIX = 0x5DEECE66DL;

    /** The real trusts of QWO and QKS in etr.csv (2023/24), fields 1–27 as published. */
    private static final List<String> REAL_TRUSTS = List.of(
            "RAE|BRADFORD TEACHING HOSPITALS NHS FOUNDATION TRUST|Y63|QWO|BRADFORD ROYAL INFIRMARY|DUCKWORTH LANE||BRADFORD||BD9 6RJ|19910401|||||||||||0||D|||",
            "RCF|AIREDALE NHS FOUNDATION TRUST|Y63|QWO|AIREDALE GENERAL HOSPITAL|SKIPTON ROAD|STEETON|KEIGHLEY||BD20 6TD|19920401|||||||||||0||D|||",
            "RGD|LEEDS AND YORK PARTNERSHIP NHS FOUNDATION TRUST|Y63|QWO|ST. MARYS HOUSE|ST. MARYS ROAD||LEEDS||LS7 3JX|19930401|||||||||||0||D|||",
            "RN7|DARTFORD AND GRAVESHAM NHS TRUST|Y59|QKS|DARENT VALLEY HOSPITAL|DARENTH WOOD ROAD||DARTFORD||DA2 8DA|19940401|||||||||||0||J|||",
            "RPA|MEDWAY NHS FOUNDATION TRUST|Y59|QKS|MEDWAY MARITIME HOSPITAL|WINDMILL ROAD||GILLINGHAM||ME7 5NY|19940401|||||||||||0||J|||",
            "RR8|LEEDS TEACHING HOSPITALS NHS TRUST|Y63|QWO|ST. JAMES'S UNIVERSITY HOSPITAL|BECKETT STREET||LEEDS||LS9 7TF|19980401|||||||||||0||D|||",
            "RVV|EAST KENT HOSPITALS UNIVERSITY NHS FOUNDATION TRUST|Y59|QKS|KENT & CANTERBURY HOSPITAL|ETHELBERT ROAD||CANTERBURY||CT1 3NG|19990401|||||||||||0||J|||",
            "RWF|MAIDSTONE AND TUNBRIDGE WELLS NHS TRUST|Y59|QKS|THE MAIDSTONE HOSPITAL|HERMITAGE LANE||MAIDSTONE||ME16 9QQ|20000401|||||||||||0||J|||",
            "RWY|CALDERDALE AND HUDDERSFIELD NHS FOUNDATION TRUST|Y63|QWO|TRUST HEADQUARTERS|ACRE STREET|LINDLEY|HUDDERSFIELD||HD3 3EA|20010401|||||||||||0||D|||",
            "RX8|YORKSHIRE AMBULANCE SERVICE NHS TRUST|Y63|QWO|SPRINGHILL|2 BRINDLEY WAY|WAKEFIELD 41 INDUSTRIAL ESTATE|WAKEFIELD||WF2 0XQ|20060701|||||||||||0||D|||",
            "RXF|MID YORKSHIRE TEACHING NHS TRUST|Y63|QWO|PINDERFIELDS HOSPITAL|ABERFORD ROAD||WAKEFIELD||WF1 4DG|20020401|||||||||||0||D|||",
            "RXG|SOUTH WEST YORKSHIRE PARTNERSHIP NHS FOUNDATION TRUST|Y63|QWO|TRUST HEADQUARTERS|FIELDHEAD HOSPITAL|OUCHTHORPE LANE|WAKEFIELD||WF1 3SP|20020401|||||||||||0||D|||",
            "RXY|KENT AND MEDWAY NHS AND SOCIAL CARE PARTNERSHIP TRUST|Y59|QKS|FARM VILLA|HERMITAGE LANE||MAIDSTONE||ME16 9PH|20060401|||||||||||0||J|||",
            "RY6|LEEDS COMMUNITY HEALTHCARE NHS TRUST|Y63|QWO|3 WHITE ROSE OFFICE PARK|MILLSHAW PARK LANE||LEEDS|WEST YORKSHIRE|LS11 0DL|20110401|||||||||||1||D|||",
            "RYY|KENT COMMUNITY HEALTH NHS FOUNDATION TRUST|Y59|QKS|TRINITY HOUSE|110-120 EUREKA PARK|EUREKA BUSINESS PARK|ASHFORD|KENT|TN25 4AZ|20101101|||||||||||0||J|||");

    private static final List<String> REAL_CARE_TRUSTS = List.of(
            "TAD|BRADFORD DISTRICT CARE NHS FOUNDATION TRUST|Y63|QWO|NEW MILL|VICTORIA ROAD|SALTAIRE|SHIPLEY||BD18 3LD|20020401|||T||||||||0||D|||");

    /** The real April 2019 CCGs of the demo districts that merged in April 2020 (ONS lookup 217). */
    private static final Ccg AIREDALE_WHARFEDALE_CRAVEN = new Ccg("E38000001", "02N", "NHS Airedale, Wharfedale and Craven CCG");
    private static final Ccg BRADFORD_DISTRICTS = new Ccg("E38000019", "02R", "NHS Bradford Districts CCG");
    private static final Ccg BRADFORD_CITY = new Ccg("E38000018", "02W", "NHS Bradford City CCG");
    /** Each Kent district's 2019 CCG (the one most of its LSOAs lay in). */
    private static final Map<String, Ccg> KENT_2019 = Map.ofEntries(
            Map.entry("E06000035", new Ccg("E38000104", "09W", "NHS Medway CCG")),
            Map.entry("E07000105", new Ccg("E38000002", "09C", "NHS Ashford CCG")),
            Map.entry("E07000106", new Ccg("E38000029", "09E", "NHS Canterbury and Coastal CCG")),
            Map.entry("E07000107", new Ccg("E38000043", "09J", "NHS Dartford, Gravesham and Swanley CCG")),
            Map.entry("E07000108", new Ccg("E38000156", "10A", "NHS South Kent Coast CCG")),
            Map.entry("E07000109", new Ccg("E38000043", "09J", "NHS Dartford, Gravesham and Swanley CCG")),
            Map.entry("E07000110", new Ccg("E38000199", "99J", "NHS West Kent CCG")),
            Map.entry("E07000111", new Ccg("E38000199", "99J", "NHS West Kent CCG")),
            Map.entry("E07000112", new Ccg("E38000156", "10A", "NHS South Kent Coast CCG")),
            Map.entry("E07000113", new Ccg("E38000180", "10D", "NHS Swale CCG")),
            Map.entry("E07000114", new Ccg("E38000184", "10E", "NHS Thanet CCG")),
            Map.entry("E07000115", new Ccg("E38000199", "99J", "NHS West Kent CCG")),
            Map.entry("E07000116", new Ccg("E38000199", "99J", "NHS West Kent CCG")));
    private static final String BRADFORD = "E08000032";
    private static final String KIRKLEES = "E08000034";
    private static final String KIRKLEES_SUB_ICB = "X2C4Y";

    /** Real outward codes of each demo district's towns. */
    private static final Map<String, List<String>> OUTWARD_CODES = Map.ofEntries(
            Map.entry("E08000032", List.of("BD1", "BD3", "BD5", "BD8", "BD9", "BD10", "BD18", "BD21")),
            Map.entry("E08000033", List.of("HX1", "HX3", "HX6", "HX7")),
            Map.entry("E08000034", List.of("HD1", "HD2", "HD4", "WF13", "WF17")),
            Map.entry("E08000035", List.of("LS1", "LS6", "LS7", "LS8", "LS9", "LS11", "LS12", "LS15", "LS17", "LS27")),
            Map.entry("E08000036", List.of("WF1", "WF2", "WF4", "WF8", "WF10")),
            Map.entry("E06000035", List.of("ME1", "ME4", "ME5", "ME7", "ME8")),
            Map.entry("E07000105", List.of("TN23", "TN24", "TN25")),
            Map.entry("E07000106", List.of("CT1", "CT2", "CT5", "CT6")),
            Map.entry("E07000107", List.of("DA1", "DA2")),
            Map.entry("E07000108", List.of("CT14", "CT16", "CT17")),
            Map.entry("E07000109", List.of("DA11", "DA12")),
            Map.entry("E07000110", List.of("ME14", "ME15", "ME16")),
            Map.entry("E07000111", List.of("TN13", "TN14", "BR8")),
            Map.entry("E07000112", List.of("CT19", "CT20", "CT21")),
            Map.entry("E07000113", List.of("ME10", "ME12", "ME13")),
            Map.entry("E07000114", List.of("CT9", "CT10", "CT11")),
            Map.entry("E07000115", List.of("ME19", "ME20", "TN9")),
            Map.entry("E07000116", List.of("TN1", "TN2", "TN4")));
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private static final List<String> STEMS = List.of("ABBEY", "ASH", "BEECH", "BIRCH", "BROOK", "CASTLE", "CEDAR",
            "CHAPEL", "CHURCH", "CROFT", "ELM", "FAIRFIELD", "GREEN", "HAWTHORN", "HAZEL", "HEATH", "HIGHFIELD",
            "HOLLY", "LAUREL", "MANOR", "MAPLE", "MEADOW", "MILL", "MOOR", "OAK", "ORCHARD", "PARK", "PRIORY",
            "RECTORY", "RIVERSIDE", "ROWAN", "SPRING", "STATION", "VICTORIA", "WILLOW", "WOOD");
    private static final List<String> STREET_KINDS = List.of("ROAD", "STREET", "LANE", "AVENUE", "DRIVE", "GROVE", "WAY");
    private static final List<String> PRACTICE_KINDS = List.of("SURGERY", "MEDICAL CENTRE", "MEDICAL PRACTICE",
            "HEALTH CENTRE", "FAMILY PRACTICE");
    /** Prescribing settings other than 4 (GP practice) and the kind of place each is. */
    private static final List<String[]> OTHER_SETTINGS = List.of(new String[] {"1", "WALK-IN CENTRE"},
            new String[] {"2", "OUT OF HOURS SERVICE"}, new String[] {"9", "COMMUNITY SERVICES"},
            new String[] {"0", "SPECIALIST PRESCRIBING SERVICE"});

    private OdsOrganisationFiles() {
    }

    /**
     * Writes {@link #TRUSTS}, {@link #CARE_TRUSTS}, {@link #PRACTICES} and {@link #LSOA_CCG19_LAD} under
     * {@code dataDirectory}; about 80 practices per unit of scale. Returns the files written with their row counts.
     */
    public static List<GeneratedFile> writeOdsOrganisationFiles(Path dataDirectory, long seed, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("Scale must be at least 1, got " + scale);
        }
        SyntheticGeography geography = SyntheticGeography.mint();
        List<GeneratedFile> files = new ArrayList<>();
        files.add(writeQuoted(dataDirectory, TRUSTS, "\n", REAL_TRUSTS.stream().map(OdsOrganisationFiles::fields).toList()));
        files.add(writeQuoted(dataDirectory, CARE_TRUSTS, "\n",
                REAL_CARE_TRUSTS.stream().map(OdsOrganisationFiles::fields).toList()));
        files.add(writeQuoted(dataDirectory, PRACTICES, "\r\n", practices(geography, seed, scale)));
        files.add(writeCcg19Lookup(dataDirectory, geography));
        return List.copyOf(files);
    }

    /** The 2019 CCG of a synthetic LSOA: Bradford's three by MSOA, Kent's by district, elsewhere its 2020 CCG. */
    static Ccg ccg2019(Lsoa lsoa) {
        String district = lsoa.district().code();
        if (district.equals(BRADFORD)) {
            int msoaNumber = Integer.parseInt(lsoa.msoa().name().substring(lsoa.msoa().name().length() - 3));
            int msoas = lsoa.district().msoaCount();
            if (msoaNumber <= msoas / 4) {
                return AIREDALE_WHARFEDALE_CRAVEN;
            }
            return msoaNumber <= msoas * 3 / 4 ? BRADFORD_DISTRICTS : BRADFORD_CITY;
        }
        return KENT_2019.getOrDefault(district, lsoa.ccg());
    }

    /** A synthetic postcode in one of the district's real outward codes, e.g. {@code LS9 7QZ}. */
    static String postcode(String districtCode, Random random) {
        return pick(OUTWARD_CODES.get(districtCode), random) + " " + random.nextInt(10)
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
    }

    /** The codes of the open practices ({@code epraccur.csv} status A) that a seed and scale generate, per district code. */
    static Map<String, List<String>> openPracticesByDistrict(long seed, int scale) {
        List<String[]> rows = practices(SyntheticGeography.mint(), seed, scale);
        Map<String, List<String>> open = new LinkedHashMap<>();
        int row = 0;
        for (LocalAuthority district : ReferenceAreas.districts()) {
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < district.msoaCount() * scale; i++, row++) {
                if (rows.get(row)[12].equals("A")) {
                    codes.add(rows.get(row)[0]);
                }
            }
            open.put(district.code(), List.copyOf(codes));
        }
        return open;
    }

    private static List<String[]> practices(SyntheticGeography geography, long seed, int scale) {
        Random random = new Random(seed * SEED_MIX + 17);
        List<String[]> rows = new ArrayList<>();
        for (LocalAuthority district : ReferenceAreas.districts()) {
            List<Lsoa> lsoas = geography.lsoas().stream().filter(l -> l.district().code().equals(district.code())).toList();
            boolean westYorkshire = district.force() == PoliceForce.WEST_YORKSHIRE;
            int count = district.msoaCount() * scale;
            // The first practices closed before April 2020: one per district, and in Bradford one in each of its
            // three 2019 CCGs, so every merged code of the demo appears.
            List<Ccg> closedIn = district.code().equals(BRADFORD)
                    ? List.of(AIREDALE_WHARFEDALE_CRAVEN, BRADFORD_DISTRICTS, BRADFORD_CITY) : List.of();
            int closedFirst = Math.max(1, closedIn.size());
            for (int i = 0; i < count; i++) {
                Lsoa lsoa = lsoas.get(random.nextInt(lsoas.size()));
                if (i < closedIn.size()) {
                    Ccg ccg = closedIn.get(i);
                    List<Lsoa> inCcg = lsoas.stream().filter(l -> ccg2019(l).equals(ccg)).toList();
                    lsoa = inCcg.get(random.nextInt(inCcg.size()));
                }
                rows.add(practice(rows.size() + 1, district, lsoa, westYorkshire, i < closedFirst, random));
            }
        }
        return rows;
    }

    /** One epraccur row, of a practice closed before the 2020 CCG mergers if {@code closedBefore2020}. */
    private static String[] practice(int number, LocalAuthority district, Lsoa lsoa, boolean westYorkshire,
            boolean closedBefore2020, Random random) {
        String[] f = new String[COLUMNS];
        Arrays.fill(f, "");
        String town = district.name().toUpperCase(Locale.ROOT);
        String stem = pick(STEMS, random);
        String street = pick(STEMS, random) + " " + pick(STREET_KINDS, random);
        boolean gp = random.nextDouble() < 0.9;
        String[] setting = gp ? new String[] {"4", pick(PRACTICE_KINDS, random)} : OTHER_SETTINGS.get(random.nextInt(OTHER_SETTINGS.size()));
        LocalDate open = FIRST_OPEN.plusDays(random.nextInt((int) (LocalDate.of(2019, 12, 31).toEpochDay() - FIRST_OPEN.toEpochDay())));
        double fate = random.nextDouble();
        LocalDate close = null;
        String status = "A";
        if (closedBefore2020) {
            close = LocalDate.of(2016 + random.nextInt(4), 1 + random.nextInt(12), 1).minusDays(1);
            open = open.isBefore(close) ? open : FIRST_OPEN;
            status = "C";
        } else if (fate < 0.12) {
            close = open.plusDays(1 + random.nextInt((int) (LAST_CLOSE.toEpochDay() - open.toEpochDay())));
            status = "C";
        } else if (fate < 0.16) {
            status = "D";
        }
        String commissioner = commissioner(district, lsoa, close);
        LocalDate joined = close == null ? SUB_ICBS_FORMED : (open.isAfter(CCGS_FORMED) ? open : CCGS_FORMED);
        if (close != null && !joined.isBefore(close)) {
            joined = open;
        }
        f[0] = String.format(Locale.ROOT, "Z%c%04d", (char) ('Z' - number / 10_000), number % 10_000);
        f[1] = gp ? stem + " " + setting[1] : town + " " + setting[1];
        f[2] = westYorkshire ? "Y63" : "Y59";
        f[3] = westYorkshire ? "QWO" : "QKS";
        f[4] = gp ? "THE " + stem + " " + setting[1] : (1 + random.nextInt(200)) + " " + street;
        f[5] = gp ? street : "";
        f[6] = random.nextBoolean() ? town : "";
        f[7] = westYorkshire ? "WEST YORKSHIRE" : "KENT";
        f[9] = postcode(district.code(), random);
        f[10] = open.format(YYYYMMDD);
        f[11] = close == null ? "" : close.format(YYYYMMDD);
        f[12] = status;
        f[13] = "B";
        f[14] = commissioner;
        f[15] = joined.format(YYYYMMDD);
        f[16] = close == null ? "" : close.format(YYYYMMDD);
        f[17] = String.format(Locale.ROOT, "01632 960%03d", random.nextInt(1000));
        f[21] = "0";
        f[23] = commissioner;
        f[25] = setting[0];
        return f;
    }

    /** The commissioner a current extract shows: today's sub-ICB, or the CCG of its day for a practice closed before a merger. */
    private static String commissioner(LocalAuthority district, Lsoa lsoa, LocalDate close) {
        if (close != null && close.isBefore(CCG_MERGERS_2020)) {
            return ccg2019(lsoa).odsCode();
        }
        if (district.code().equals(KIRKLEES)) {
            return close != null && close.isBefore(CCG_MERGERS_2021) ? lsoa.ccg().odsCode() : KIRKLEES_SUB_ICB;
        }
        return lsoa.ccg().odsCode();
    }

    private static GeneratedFile writeCcg19Lookup(Path dataDirectory, SyntheticGeography geography) {
        // The ONS file: header line, no byte-order mark, LF, fields quoted only when needed.
        try (CsvLineWriter out = new CsvLineWriter(dataDirectory.resolve(LSOA_CCG19_LAD), CsvLineWriter.LineEnding.LF, false)) {
            out.header("FID", "LSOA11CD", "LSOA11NM", "CCG19CD", "CCG19CDH", "CCG19NM", "LAD19CD", "LAD19NM");
            int fid = 1;
            for (Lsoa lsoa : geography.lsoas()) {
                Ccg ccg = ccg2019(lsoa);
                out.row(Integer.toString(fid++), lsoa.code(), lsoa.name(), ccg.code(), ccg.odsCode(), ccg.name(),
                        lsoa.district().code(), lsoa.district().name());
            }
            return new GeneratedFile(LSOA_CCG19_LAD, out.dataRows());
        }
    }

    /** An ODS extract: no header, every field quoted (a quote doubled), the given line ending, UTF-8 without BOM. */
    private static GeneratedFile writeQuoted(Path dataDirectory, String relativePath, String lineEnding, List<String[]> rows) {
        Path file = dataDirectory.resolve(relativePath);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
                for (String[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        out.write(i == 0 ? "\"" : ",\"");
                        out.write(row[i].replace("\"", "\"\""));
                        out.write('"');
                    }
                    out.write(lineEnding);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return new GeneratedFile(relativePath, rows.size());
    }

    private static String[] fields(String pipeSeparated) {
        String[] f = pipeSeparated.split("\\|", -1);
        if (f.length != COLUMNS) {
            throw new IllegalStateException("An ODS row has " + COLUMNS + " fields, not " + f.length + ": " + pipeSeparated);
        }
        return f;
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
