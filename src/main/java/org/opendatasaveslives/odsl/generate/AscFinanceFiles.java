package org.opendatasaveslives.odsl.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic NHS Digital ASC-FR activity data file ({@code CSV_ASCFR_Activity.csv}) in the published long layout, for
 * the demo's councils with adult social services responsibilities: the five West Yorkshire metropolitan districts
 * (Bradford 209, Calderdale 210, Kirklees 211, Leeds 212, Wakefield 213), Kent County Council 820 and Medway 821, with
 * their real social services codes, GSS codes and regions.
 *
 * <p>Layout as the real 2016-17 file: the same header, UTF-8 without byte-order mark, LF line endings, unquoted
 * fields; 125 data items per council with the real file's combinations of the seven {@code *_KEY} codes (data type 1
 * with age bands 1-2, data type 2 with age bands 3-5, five primary support reasons, five care type / setting /
 * purpose / provision combinations with the same empty keys); values in weeks printed like the publisher's ({@code 0},
 * {@code 2961.14}, {@code 312.8571429}); {@code :} for cells a council did not submit (most councils submit no data
 * type 2 row: as in the real 2016-17 file only Leeds and Wakefield do); and after the councils, a total row per item
 * for each of the two regions, summing the synthetic councils of that region only, for the items at least one of
 * them submitted (a total of nothing would be a row without any figure, which the mapping rejects). Data type 2 rows split the council's age 65 and over figure
 * into three parts, so they add up to it as the real ones do. UUIDs are synthetic (871nnnn), one per item.
 *
 * <p>{@code scale} financial years are written, the latest ending in 2025 (FY 2024-25), then 2024, 2023 and so on.
 * Deterministic: the same seed and scale give the same bytes.
 */
public final class AscFinanceFiles {

    /** The file written, relative to the data directory. */
    public static final String ACTIVITY = "social_care/CSV_ASCFR_Activity.csv";
    public static final int LATEST_FY_ENDING = 2025;
    static final String HEADER = "UUID,FY_Ending,CASSR_CODE,GEOGRAPHY_CODE,REGION_GO_CODE,DataType_KEY,AgeBand_KEY,"
            + "PrimarySupportReason_KEY,CareType_KEY,SupportSetting_KEY,Purpose_KEY,ActivityProvision_KEY,ItemValue";

    /** A council: social services code, GSS code, region, and population aged 18+ in thousands (rounded, real order of size). */
    record Council(String cassrCode, String gssCode, String regionCode, int adultsThousands) {
    }

    static final List<Council> COUNCILS = List.of(
            new Council("209", "E08000032", "E12000003", 400),
            new Council("210", "E08000033", "E12000003", 160),
            new Council("211", "E08000034", "E12000003", 340),
            new Council("212", "E08000035", "E12000003", 640),
            new Council("213", "E08000036", "E12000003", 275),
            new Council("820", "E10000016", "E12000008", 1230),
            new Council("821", "E06000035", "E12000008", 215));

    /** One data item: the seven keys as the file writes them (empty where the key does not apply). */
    record Item(String uuid, String dataType, String ageBand, String primarySupportReason, String careType,
            String supportSetting, String purpose, String activityProvision) {
    }

    /** Care type, support setting, purpose, provision: the five combinations of the real file, with their share of weeks. */
    private static final String[][] SERVICES = {
        {"2", "6", "", "2"}, {"2", "7", "", "2"}, {"2", "7", "", "3"}, {"4", "", "2", "2"}, {"4", "", "2", "3"}};
    private static final double[] SERVICE_SHARE = {0.25, 0.60, 0.04, 0.05, 0.06};
    private static final String[] REASONS = {"13", "4", "5", "6", "7"};
    /** England weeks per year (millions, order of size of 2016-17) by reason (order of REASONS), ages 18-64 and 65+. */
    private static final double[] ENGLAND_18_64 = {0.05, 1.6, 0.5, 0.5, 0.03};
    private static final double[] ENGLAND_65_PLUS = {2.0, 0.33, 0.87, 6.0, 0.14};
    private static final double ENGLAND_ADULTS_THOUSANDS = 43_000;

    static final List<Item> ITEMS = items();
    /** As in the real 2016-17 file, of the demo councils only Leeds and Wakefield submit data type 2. */
    static final java.util.Set<String> SUBMIT_DATA_TYPE_2 = java.util.Set.of("212", "213");

    private AscFinanceFiles() {
    }

    private static List<Item> items() {
        List<Item> items = new ArrayList<>();
        int n = 0;
        for (String[] dataTypeBands : new String[][] {{"1", "1", "2"}, {"2", "3", "4", "5"}}) {
            for (int b = 1; b < dataTypeBands.length; b++) {
                for (String reason : REASONS) {
                    for (String[] s : SERVICES) {
                        n++;
                        items.add(new Item(Integer.toString(8_710_000 + n), dataTypeBands[0], dataTypeBands[b], reason,
                                s[0], s[1], s[2], s[3]));
                    }
                }
            }
        }
        return List.copyOf(items);
    }

    /** Writes {@value #ACTIVITY} under {@code dataDirectory}; returns the file written. */
    public static List<GeneratedFile> write(Path dataDirectory, long seed, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1");
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x41534346524143L);
        try (CsvLineWriter out = new CsvLineWriter(dataDirectory.resolve(ACTIVITY), CsvLineWriter.LineEnding.LF, false)) {
            out.header(HEADER.split(",", -1));
            for (int year = 0; year < scale; year++) {
                writeYear(out, Integer.toString(LATEST_FY_ENDING - year), random);
            }
            return List.of(new GeneratedFile(ACTIVITY, out.dataRows()));
        }
    }

    private static void writeYear(CsvLineWriter out, String fyEnding, SplittableRandom random) {
        Map<String, Map<String, BigDecimal>> regionTotals = new LinkedHashMap<>();
        for (Council council : COUNCILS) {
            boolean submitsDataType2 = SUBMIT_DATA_TYPE_2.contains(council.cassrCode());
            Map<String, BigDecimal> values = councilValues(council, submitsDataType2, random);
            Map<String, BigDecimal> totals = regionTotals.computeIfAbsent(council.regionCode(), r -> new LinkedHashMap<>());
            for (Item item : ITEMS) {
                BigDecimal v = values.get(item.uuid());
                if (v != null) {
                    totals.merge(item.uuid(), v, BigDecimal::add);
                }
                row(out, item, fyEnding, council.cassrCode(), council.gssCode(), council.regionCode(), v);
            }
        }
        for (var region : regionTotals.entrySet()) {
            for (Item item : ITEMS) {
                BigDecimal total = region.getValue().get(item.uuid());
                if (total != null) {
                    row(out, item, fyEnding, "", "", region.getKey(), total);
                }
            }
        }
    }

    /** Item UUID → weeks, null for a cell not submitted. */
    private static Map<String, BigDecimal> councilValues(Council council, boolean submitsDataType2, SplittableRandom random) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        double share = council.adultsThousands() / ENGLAND_ADULTS_THOUSANDS;
        Map<String, BigDecimal> over65 = new LinkedHashMap<>();
        for (Item item : ITEMS) {
            if (!item.dataType().equals("1")) {
                continue;
            }
            int reason = java.util.Arrays.asList(REASONS).indexOf(item.primarySupportReason());
            int service = serviceIndex(item);
            double england = (item.ageBand().equals("1") ? ENGLAND_18_64[reason] : ENGLAND_65_PLUS[reason]) * 1e6;
            double weeks = england * SERVICE_SHARE[service] * share * (0.6 + 0.8 * random.nextDouble());
            BigDecimal v;
            if (random.nextInt(1000) == 0) {
                v = null;                                               // the odd data type 1 cell not submitted
            } else if (item.activityProvision().equals("3") && random.nextInt(3) == 0) {
                v = BigDecimal.ZERO;                                    // no in-house service of this kind
            } else {
                v = weeks(weeks, random);
            }
            values.put(item.uuid(), v);
            if (item.ageBand().equals("2")) {
                over65.put(item.primarySupportReason() + "/" + service, v);
            }
        }
        for (Item item : ITEMS) {
            if (item.dataType().equals("1")) {
                continue;
            }
            values.put(item.uuid(), null);
        }
        if (submitsDataType2) {
            for (var e : over65.entrySet()) {
                splitIntoAgeBands(e.getKey(), e.getValue(), values, random);
            }
        }
        return values;
    }

    /** Splits an age 65 and over figure into the three data type 2 bands so that they add up to it. */
    private static void splitIntoAgeBands(String reasonAndService, BigDecimal total, Map<String, BigDecimal> values,
            SplittableRandom random) {
        List<Item> bands = new ArrayList<>();
        for (Item item : ITEMS) {
            if (item.dataType().equals("2") && (item.primarySupportReason() + "/" + serviceIndex(item)).equals(reasonAndService)) {
                bands.add(item);
            }
        }
        if (total == null) {
            return;
        }
        double w3 = 0.15 + 0.1 * random.nextDouble();
        double w4 = 0.3 + 0.1 * random.nextDouble();
        BigDecimal b3 = total.multiply(BigDecimal.valueOf(w3)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal b4 = total.multiply(BigDecimal.valueOf(w4)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal b5 = total.subtract(b3).subtract(b4);
        values.put(bands.get(0).uuid(), b3);
        values.put(bands.get(1).uuid(), b4);
        values.put(bands.get(2).uuid(), b5);
    }

    private static int serviceIndex(Item item) {
        for (int s = 0; s < SERVICES.length; s++) {
            if (SERVICES[s][0].equals(item.careType()) && SERVICES[s][1].equals(item.supportSetting())
                    && SERVICES[s][2].equals(item.purpose()) && SERVICES[s][3].equals(item.activityProvision())) {
                return s;
            }
        }
        throw new IllegalStateException("unknown service " + item);
    }

    /** Weeks as the publisher prints them: mostly two decimals, sometimes days / 7 to seven decimals, whole weeks plain. */
    private static BigDecimal weeks(double weeks, SplittableRandom random) {
        int kind = random.nextInt(4);
        if (kind == 0) {
            return BigDecimal.valueOf(Math.round(weeks));
        }
        if (kind == 1) {
            return BigDecimal.valueOf(Math.round(weeks * 7)).divide(BigDecimal.valueOf(7), 7, RoundingMode.HALF_UP);
        }
        return BigDecimal.valueOf(weeks).setScale(2, RoundingMode.HALF_UP);
    }

    private static void row(CsvLineWriter out, Item item, String fyEnding, String cassr, String gss, String region,
            BigDecimal value) {
        out.row(item.uuid(), fyEnding, cassr, gss, region, item.dataType(), item.ageBand(), item.primarySupportReason(),
                item.careType(), item.supportSetting(), item.purpose(), item.activityProvision(), format(value));
    }

    /** {@code :} for not submitted; otherwise the plain number without trailing zeros ({@code 0}, {@code 156}, {@code 52.14}). */
    static String format(BigDecimal value) {
        if (value == null) {
            return ":";
        }
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
