package org.opendatasaveslives.odsl.generate;

import java.util.List;
import java.util.Random;

/**
 * Writes one synthetic police.uk street-level crime file: rows grouped by LSOA in LSOA-name order, then the
 * "No location" rows, as police.uk orders them. Only per-LSOA row counts are held in memory, so any size streams.
 */
final class StreetCrimeFile {

    static final String[] HEADER = {"Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude",
        "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context"};

    static final String NO_LOCATION = "No location";

    private static final int ROWS_PER_NO_LOCATION_ROW = 150;
    private static final int MIN_NO_LOCATION_ROWS = 2;
    private static final int ROWS_PER_2021_ONLY_ROW = 200;
    private static final int MIN_2021_ONLY_ROWS = 3;
    /** Real files repeat about one anti-social behaviour report in five verbatim. */
    private static final double ASB_DUPLICATE_SHARE = 0.2;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final PoliceFile file;
    private final List<CrimeArea> areas;
    private final long rows;
    private final Random random;

    StreetCrimeFile(PoliceFile file, List<CrimeArea> areas, long rows, Random random) {
        if (rows < MIN_NO_LOCATION_ROWS + MIN_2021_ONLY_ROWS + 1) {
            throw new IllegalArgumentException("A street crime file needs at least "
                    + (MIN_NO_LOCATION_ROWS + MIN_2021_ONLY_ROWS + 1) + " rows, asked for " + rows);
        }
        this.file = file;
        this.areas = List.copyOf(areas);
        this.rows = rows;
        this.random = random;
    }

    void write(CsvLineWriter out) {
        out.header(HEADER);
        long noLocationRows = Math.max(MIN_NO_LOCATION_ROWS, rows / ROWS_PER_NO_LOCATION_ROW);
        long[] rowsPerArea = rowsPerArea(rows - noLocationRows);
        for (int i = 0; i < areas.size(); i++) {
            writeArea(out, areas.get(i), rowsPerArea[i]);
        }
        for (long r = 0; r < noLocationRows; r++) {
            String crimeType = CrimeMix.crimeType(random);
            writeRow(out, crimeType, "", "", NO_LOCATION, "", "");
        }
    }

    private long[] rowsPerArea(long locatedRows) {
        long onlyIn2021Rows = Math.max(MIN_2021_ONLY_ROWS, rows / ROWS_PER_2021_ONLY_ROW);
        WeightedChoice.Builder<Integer> inLookups = WeightedChoice.builder();
        WeightedChoice.Builder<Integer> onlyIn2021 = WeightedChoice.builder();
        for (int i = 0; i < areas.size(); i++) {
            CrimeArea area = areas.get(i);
            if (area.inLookups()) {
                inLookups.add(i, area.busyness());
            } else {
                onlyIn2021.add(i, 1);
            }
        }
        long[] counts = new long[areas.size()];
        draw(counts, onlyIn2021.build(), onlyIn2021Rows);
        draw(counts, inLookups.build(), locatedRows - onlyIn2021Rows);
        return counts;
    }

    private void draw(long[] counts, WeightedChoice<Integer> choice, long draws) {
        for (long d = 0; d < draws; d++) {
            counts[choice.pick(random)]++;
        }
    }

    private void writeArea(CsvLineWriter out, CrimeArea area, long areaRows) {
        long remaining = areaRows;
        while (remaining > 0) {
            String crimeType = CrimeMix.crimeType(random);
            StreetPoint point = area.streets().get(random.nextInt(area.streets().size()));
            String[] row = writeRow(out, crimeType, point.longitude(), point.latitude(), point.location(),
                    area.lsoaCode(), area.lsoaName());
            remaining--;
            if (remaining > 0 && crimeType.equals(CrimeMix.ANTI_SOCIAL_BEHAVIOUR)
                    && random.nextDouble() < ASB_DUPLICATE_SHARE) {
                out.row(row);
                remaining--;
            }
        }
    }

    private String[] writeRow(CsvLineWriter out, String crimeType, String longitude, String latitude,
            String location, String lsoaCode, String lsoaName) {
        boolean antiSocial = crimeType.equals(CrimeMix.ANTI_SOCIAL_BEHAVIOUR);
        String forceName = file.force().forceName();
        String[] row = {antiSocial ? "" : crimeId(), file.month().toString(), forceName, forceName, longitude,
            latitude, location, lsoaCode, lsoaName, crimeType, CrimeMix.lastOutcome(crimeType, random), ""};
        out.row(row);
        return row;
    }

    /** police.uk crime IDs are 64 lower-case hex digits (a SHA-256 of the force's own reference). */
    private String crimeId() {
        char[] id = new char[64];
        for (int word = 0; word < 4; word++) {
            long bits = random.nextLong();
            for (int nibble = 0; nibble < 16; nibble++) {
                id[word * 16 + nibble] = HEX[(int) (bits >>> (60 - 4 * nibble)) & 0xF];
            }
        }
        return new String(id);
    }
}
