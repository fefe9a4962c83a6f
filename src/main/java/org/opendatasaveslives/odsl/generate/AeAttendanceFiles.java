package org.opendatasaveslives.odsl.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic NHS England "A&E Attendances and Emergency Admissions" monthly provider files, in the exact layout of the
 * published files ({@code health/ae/{Month}-{Year}-AE.csv}: the 27-column header with its repeated department-type
 * names, thousands separators in quoted numbers, {@code -} for a percentage that does not apply, percentages as
 * {@code 76.50%}, trailing spaces after most region names) and the {@code health/ae/System-Mapping.csv} that links
 * providers to integrated care boards (with the real file's {@code "AQM01 "} trailing space and duplicated NNFA7 row).
 *
 * <p>Providers are real: the trusts serving the demo's West Yorkshire and Kent areas, with their real names, regions
 * and ICBs, plus a few others (Bedfordshire, a London trust without an A&E department, a Kent minor injury unit, a
 * Yorkshire walk-in hospital). Their figures are invented around the size of their real May 2025 figures, and are
 * internally consistent: total = sum of the types, within 4 hours + over 4 hours = total, percentage = within / total
 * (rounded to one decimal place), admissions via A&E = sum of the routes, total admissions = via A&E + other.
 */
public final class AeAttendanceFiles {
    public static final String FOLDER = "health/ae";
    public static final String SYSTEM_MAPPING = FOLDER + "/System-Mapping.csv";
    public static final List<YearMonth> MONTHS = List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));

    static final String[] HEADER = {"Code", "Region", "Name", "Type 1 Departments - Major A&E",
        "Type 2 Departments - Single Specialty", "Type 3 Departments - Other A&E/Minor Injury Unit", "Total attendances",
        "Type 1 Departments - Major A&E", "Type 2 Departments - Single Specialty",
        "Type 3 Departments - Other A&E/Minor Injury Unit", "Total Attendances < 4 hours",
        "Type 1 Departments - Major A&E", "Type 2 Departments - Single Specialty",
        "Type 3 Departments - Other A&E/Minor Injury Unit", "Total Attendances > 4 hours",
        "Percentage in 4 hours or less (all)", "Percentage in 4 hours or less (type 1)",
        "Percentage in 4 hours or less (type 2)", "Percentage in 4 hours or less (type 3)",
        "Emergency Admissions via Type 1 A&E", "Emergency Admissions via Type 2 A&E",
        "Emergency Admissions via Type 3 and 4 A&E", "Total Emergency Admissions via A&E",
        "Other Emergency admissions (i.e not via A&E)", "Total Emergency Admissions",
        "Number of patients spending >4 hours from decision to admit to admission",
        "Number of patients spending >12 hours from decision to admit to admission"};

    static final String[] SYSTEM_MAPPING_HEADER = {"Code", "Name", "ICB Code", "ICB Name", "Region Name"};

    private static final String NEY = "NHS England North East And Yorkshire ";
    private static final String SE = "NHS England South East ";
    private static final String WY_ICB = "NHS West Yorkshire Integrated Care Board";
    private static final String KM_ICB = "NHS Kent And Medway Integrated Care Board";
    private static final String NEY_REGION = "North East and Yorkshire Commissioning Region";
    private static final String SE_REGION = "South East Commissioning Region";

    /**
     * A real provider: its code as the monthly file and as System-Mapping.csv write it, region, names, ICB, and the
     * size (monthly attendances by type, share seen within 4 hours by type) its figures are drawn around.
     */
    record Provider(String code, String mappingCode, String region, String name, String mappingName, String icb,
                    String icbName, String regionName, int[] attendances, double[] within4, boolean admits) {
    }

    static final List<Provider> PROVIDERS = List.of(
        new Provider("RR8", "RR8", NEY, "Leeds Teaching Hospitals NHS Trust", "Leeds Teaching Hospitals NHS Trust",
            "QWO", WY_ICB, NEY_REGION, new int[] {18086, 689, 12610}, new double[] {0.605, 1.0, 0.981}, true),
        new Provider("RAE", "RAE", NEY, "Bradford Teaching Hospitals NHS Foundation Trust",
            "Bradford Teaching Hospitals NHS Foundation Trust", "QWO", WY_ICB, NEY_REGION,
            new int[] {9416, 1118, 3475}, new double[] {0.743, 1.0, 1.0}, true),
        new Provider("RCF", "RCF", NEY, "Airedale NHS Foundation Trust", "Airedale NHS Foundation Trust", "QWO", WY_ICB,
            NEY_REGION, new int[] {6731, 198, 0}, new double[] {0.673, 1.0, 1.0}, true),
        new Provider("RWY", "RWY", NEY, "Calderdale And Huddersfield NHS Foundation Trust",
            "Calderdale And Huddersfield NHS Foundation Trust", "QWO", WY_ICB, NEY_REGION,
            new int[] {16305, 0, 0}, new double[] {0.843, 1.0, 1.0}, true),
        new Provider("RXF", "RXF", NEY, "Mid Yorkshire Teaching NHS Trust", "Mid Yorkshire Hospitals NHS Trust", "QWO",
            WY_ICB, NEY_REGION, new int[] {17307, 127, 6542}, new double[] {0.632, 1.0, 0.979}, true),
        new Provider("NNFA7", "NNFA7", NEY, "Goole & District Hospital", "Goole & District Hospital", "QOQ",
            "NHS Humber And North Yorkshire Integrated Care Board", NEY_REGION, new int[] {0, 0, 1554},
            new double[] {1.0, 1.0, 0.995}, false),
        new Provider("RN7", "RN7", SE, "Dartford And Gravesham NHS Trust", "Dartford And Gravesham NHS Trust", "QKS",
            KM_ICB, SE_REGION, new int[] {11360, 0, 4308}, new double[] {0.608, 1.0, 0.994}, true),
        new Provider("RVV", "RVV", SE, "East Kent Hospitals University NHS Foundation Trust",
            "East Kent Hospitals University NHS Foundation Trust", "QKS", KM_ICB, SE_REGION,
            new int[] {12541, 0, 13343}, new double[] {0.546, 1.0, 0.973}, true),
        new Provider("RYY", "RYY", SE, "Kent Community Health NHS Foundation Trust",
            "Kent Community Health NHS Foundation Trust", "QKS", KM_ICB, SE_REGION, new int[] {0, 0, 9707},
            new double[] {1.0, 1.0, 0.997}, false),
        new Provider("RWF", "RWF", SE, "Maidstone And Tunbridge Wells NHS Trust", "Maidstone And Tunbridge Wells NHS Trust",
            "QKS", KM_ICB, SE_REGION, new int[] {19656, 0, 2570}, new double[] {0.794, 1.0, 0.99}, true),
        new Provider("RPA", "RPA", SE, "Medway NHS Foundation Trust", "Medway NHS Foundation Trust", "QKS", KM_ICB,
            SE_REGION, new int[] {9955, 0, 7676}, new double[] {0.675, 1.0, 0.947}, true),
        new Provider("AQM01", "AQM01 ", SE, "Faversham Medical Practice Miu", "Faversham Medical Practice MIU", "QKS",
            KM_ICB, SE_REGION, new int[] {0, 0, 2828}, new double[] {1.0, 1.0, 1.0}, false),
        new Provider("RC9", "RC9", "NHS England East Of England ", "Bedfordshire Hospitals NHS Foundation Trust",
            "Bedfordshire Hospitals NHS Foundation Trust", "QHG",
            "NHS Bedfordshire, Luton And Milton Keynes Integrated Care Board", "East of England Commissioning Region",
            new int[] {16670, 0, 9034}, new double[] {0.63, 1.0, 1.0}, true),
        new Provider("RAN", "RAN", "NHS England London", "Royal National Orthopaedic Hospital NHS Trust",
            "Royal National Orthopaedic Hospital NHS Trust", "QMJ", "NHS North Central London Integrated Care Board",
            "London Commissioning Region", new int[] {0, 0, 0}, new double[] {1.0, 1.0, 1.0}, true));

    private static final long SEED_MIX = 0x9E3779B97F4A7C15L;

    private AeAttendanceFiles() {
    }

    /** The monthly file's path under the data directory: {@code health/ae/January-2025-AE.csv}. */
    public static String relativePath(YearMonth month) {
        return FOLDER + "/" + month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + "-" + month.getYear() + "-AE.csv";
    }

    /**
     * Writes the three demo months (January to March 2025) and System-Mapping.csv under {@code dataDirectory};
     * deterministic for a seed. The publication has one row per provider and month, so {@code scale} does not change
     * the number of rows (it must be at least 1).
     */
    public static List<GeneratedFile> writeAeAttendances(Path dataDirectory, long seed, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, was " + scale);
        }
        List<GeneratedFile> files = new ArrayList<>();
        for (YearMonth month : MONTHS) {
            String path = relativePath(month);
            Random random = new Random(seed * SEED_MIX + month.hashCode());
            try (CsvLineWriter out = new CsvLineWriter(dataDirectory.resolve(path), CsvLineWriter.LineEnding.LF, false)) {
                out.header(HEADER);
                for (Provider p : PROVIDERS) {
                    out.row(row(p, month, random));
                }
                files.add(new GeneratedFile(path, out.dataRows()));
            }
        }
        try (CsvLineWriter out = new CsvLineWriter(dataDirectory.resolve(SYSTEM_MAPPING), CsvLineWriter.LineEnding.LF,
                false)) {
            out.header(SYSTEM_MAPPING_HEADER);
            for (Provider p : PROVIDERS) {
                String[] line = {p.mappingCode(), p.mappingName(), p.icb(), p.icbName(), p.regionName()};
                out.row(line);
                if (p.code().equals("NNFA7")) {
                    out.row(line); // the real file lists Goole & District Hospital twice
                }
            }
            files.add(new GeneratedFile(SYSTEM_MAPPING, out.dataRows()));
        }
        return files;
    }

    /** One provider's row for a month. */
    static String[] row(Provider p, YearMonth month, Random random) {
        double season = switch (month.getMonthValue()) {
            case 1 -> 0.97;
            case 2 -> 0.92;
            case 3 -> 1.03;
            default -> 1.0;
        };
        long[] total = new long[4];
        long[] within = new long[4];
        for (int t = 0; t < 3; t++) {
            total[t] = Math.round(p.attendances()[t] * season * (0.95 + 0.1 * random.nextDouble()));
            double share = Math.min(1.0, p.within4()[t] * (0.97 + 0.06 * random.nextDouble()));
            within[t] = Math.min(total[t], Math.round(total[t] * share));
            total[3] += total[t];
            within[3] += within[t];
        }
        long[] over = new long[4];
        for (int t = 0; t < 4; t++) {
            over[t] = total[t] - within[t];
        }
        long admitType1 = Math.round(total[0] * (0.18 + 0.1 * random.nextDouble()));
        long admitType2 = 0;
        long admitType34 = total[0] > 0 ? Math.round(total[2] * 0.03 * random.nextDouble()) : 0;
        long viaAe = admitType1 + admitType2 + admitType34;
        long other = p.admits() ? Math.round(viaAe * (0.2 + 0.2 * random.nextDouble())) + (viaAe == 0 ? 10 + random.nextInt(30) : 0) : 0;
        long dta4 = Math.round(viaAe * (0.2 + 0.3 * random.nextDouble()));
        long dta12 = Math.round(dta4 * (0.05 + 0.45 * random.nextDouble()));
        return new String[] {p.code(), p.region(), p.name(),
            count(total[0]), count(total[1]), count(total[2]), count(total[3]),
            count(within[0]), count(within[1]), count(within[2]), count(within[3]),
            count(over[0]), count(over[1]), count(over[2]), count(over[3]),
            percent(within[3], total[3]), percent(within[0], total[0]), percent(within[1], total[1]),
            percent(within[2], total[2]),
            count(admitType1), count(admitType2), count(admitType34), count(viaAe), count(other), count(viaAe + other),
            count(dta4), count(dta12)};
    }

    /** {@code 17712} as the publication writes it: {@code 17,712} (quoted in the file because of the comma). */
    static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    /** {@code 76.50%}: rounded to one decimal place, written with two; {@code -} when there were no attendances. */
    static String percent(long within, long total) {
        if (total == 0) {
            return "-";
        }
        BigDecimal p = BigDecimal.valueOf(within * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        return p.setScale(2, RoundingMode.UNNECESSARY).toPlainString() + "%";
    }
}
