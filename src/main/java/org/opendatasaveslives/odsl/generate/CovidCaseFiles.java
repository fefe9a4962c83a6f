package org.opendatasaveslives.odsl.generate;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic UK coronavirus dashboard file of cases by specimen date by lower-tier local authority, in the
 * layout of the real API download ({@code date,areaName,areaCode,newCasesBySpecimenDate,cumCasesBySpecimenDate}):
 * areas in case-insensitive name order, each area's days newest first, LF line endings, no byte-order mark, and one
 * blank line at the end, as in the real file. It covers the 18 demo districts for every day of January to March 2025.
 * Counts follow a plausible shape: a winter wave that peaks in the first week of January and decays, fewer specimens
 * at weekends, Poisson noise, a level proportional to the district's size; the cumulative column starts from a
 * district's cases since 2020 and adds each day's new cases, so the two columns agree.
 */
public final class CovidCaseFiles {

    /** Where the file goes, relative to the demo data folder. */
    public static final String LTLA_CASES = "health/covid/ltla_cases_by_specimen_date.csv";

    static final String[] HEADER = {"date", "areaName", "areaCode", "newCasesBySpecimenDate", "cumCasesBySpecimenDate"};

    public static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 3, 31);

    /** Cases per day per synthetic MSOA of the district at the wave's peak (scale 1). */
    private static final double PEAK_CASES_PER_MSOA = 6.0;
    /** Share of the peak the wave decays to by the end of March. */
    private static final double FLOOR = 0.15;
    /** The wave's half-life in days after the peak. */
    private static final double HALF_LIFE_DAYS = 18.0;
    private static final LocalDate PEAK = LocalDate.of(2025, 1, 4);
    /** Cases since 2020 per synthetic MSOA, before the first day. */
    private static final int CUMULATIVE_PER_MSOA = 8_000;
    private static final long SEED_MIX = 0x9E3779B97F4A7C15L;

    private CovidCaseFiles() {
    }

    /**
     * Writes {@value #LTLA_CASES} under {@code dataDirectory}; {@code scale} multiplies the case levels (the rows are
     * one per district and day whatever the scale). Deterministic for a seed. Returns the file written.
     */
    public static List<GeneratedFile> writeCovidCases(Path dataDirectory, long seed, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("Scale must be at least 1, got " + scale);
        }
        Random random = new Random(seed * SEED_MIX + LTLA_CASES.hashCode());
        List<LocalAuthority> districts = new ArrayList<>(ReferenceAreas.districts());
        districts.sort(Comparator.comparing(la -> la.name().toLowerCase(Locale.ROOT)));
        Path file = dataDirectory.resolve(LTLA_CASES);
        try (CsvLineWriter out = new CsvLineWriter(file, CsvLineWriter.LineEnding.LF, false)) {
            out.header(HEADER);
            for (LocalAuthority district : districts) {
                writeDistrict(out, district, random, scale);
            }
            out.header(""); // the real download ends with one blank line
            return List.of(new GeneratedFile(LTLA_CASES, out.dataRows()));
        }
    }

    private static void writeDistrict(CsvLineWriter out, LocalAuthority district, Random random, int scale) {
        List<LocalDate> days = FIRST_DAY.datesUntil(LAST_DAY.plusDays(1)).toList();
        double level = PEAK_CASES_PER_MSOA * district.msoaCount() * scale * (0.8 + 0.4 * random.nextDouble());
        long cumulative = (long) CUMULATIVE_PER_MSOA * district.msoaCount() * scale
                + random.nextInt(1000 * district.msoaCount());
        long[] newCases = new long[days.size()];
        long[] cumulativeCases = new long[days.size()];
        for (int i = 0; i < days.size(); i++) {
            newCases[i] = poisson(level * shape(days.get(i)), random);
            cumulative += newCases[i];
            cumulativeCases[i] = cumulative;
        }
        for (int i = days.size() - 1; i >= 0; i--) {
            out.row(days.get(i).toString(), district.name(), district.code(), Long.toString(newCases[i]),
                    Long.toString(cumulativeCases[i]));
        }
    }

    /** The wave relative to its peak, times the weekday effect. */
    static double shape(LocalDate day) {
        long fromPeak = Math.abs(day.toEpochDay() - PEAK.toEpochDay());
        double wave = FLOOR + (1 - FLOOR) * Math.pow(0.5, fromPeak / HALF_LIFE_DAYS);
        DayOfWeek weekday = day.getDayOfWeek();
        double week = weekday == DayOfWeek.SATURDAY ? 0.7 : weekday == DayOfWeek.SUNDAY ? 0.6
                : weekday == DayOfWeek.MONDAY ? 1.15 : 1.0;
        return wave * week;
    }

    /** A Poisson draw (normal approximation above 50). */
    static long poisson(double mean, Random random) {
        if (mean > 50) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
