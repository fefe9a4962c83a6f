package org.opendatasaveslives.odsl.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A police.uk street-level crime CSV of any size for benchmarks, in the published layout: about one row in five is
 * anti-social behaviour (no Crime ID, no outcome), one in 150 has no location. Deterministic for a seed; rows are
 * written as they are drawn, so nothing is held in memory.
 */
public final class SyntheticStreetCrimeCsv {
    private static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Crime type,Last outcome category,Context";
    private static final String FORCE = "West Yorkshire Police";
    private static final String[] CRIME_TYPES = {"Violence and sexual offences", "Shoplifting", "Public order",
        "Criminal damage and arson", "Other theft", "Vehicle crime", "Burglary", "Drugs", "Other crime", "Robbery",
        "Possession of weapons", "Theft from the person", "Bicycle theft"};
    private static final String[] OUTCOMES = {"Investigation complete; no suspect identified", "Under investigation",
        "Unable to prosecute suspect", "Awaiting court outcome", "Local resolution",
        "Action to be taken by another organisation", "Court result unavailable"};
    private static final String[] STREETS = {"Park Road", "Station Road", "High Street", "Church Lane", "Mill Street",
        "Sports/Recreation Area", "Shopping Area", "Petrol Station", "Nightclub", "Supermarket"};
    private static final String[] TOWNS = {"Leeds", "Bradford", "Wakefield", "Kirklees", "Calderdale"};
    private static final int LSOAS = 1500;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private SyntheticStreetCrimeCsv() {
    }

    /** Writes {@code rows} data rows (plus the header) to {@code file}. */
    public static void write(Path file, long rows, long seed) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write("\r\n");
            StringBuilder row = new StringBuilder(256);
            for (long r = 0; r < rows; r++) {
                row.setLength(0);
                appendRow(row, random);
                out.append(row).append("\r\n");
            }
        }
    }

    private static void appendRow(StringBuilder row, Random random) {
        boolean asb = random.nextInt(5) == 0;
        boolean located = random.nextInt(150) != 0;
        if (!asb) {
            for (int i = 0; i < 64; i++) {
                row.append(HEX[random.nextInt(16)]);
            }
        }
        int month = random.nextInt(12) + 1;
        row.append(",2025-").append(month < 10 ? "0" : "").append(month);
        row.append(',').append(FORCE).append(',').append(FORCE).append(',');
        if (located) {
            int lsoa = random.nextInt(LSOAS);
            String town = TOWNS[lsoa % TOWNS.length];
            row.append(String.format("%.6f", -1.9 + random.nextDouble() * 0.6)).append(',')
                    .append(String.format("%.6f", 53.5 + random.nextDouble() * 0.4)).append(',')
                    .append("On or near ").append(STREETS[random.nextInt(STREETS.length)]).append(',')
                    .append("E0101").append(String.format("%04d", lsoa)).append(',')
                    .append(town).append(' ').append(String.format("%03d", lsoa / TOWNS.length % 1000))
                    .append((char) ('A' + lsoa % 5));
        } else {
            row.append(",,No location,,");
        }
        row.append(',');
        if (asb) {
            row.append("Anti-social behaviour,");
        } else {
            row.append(CRIME_TYPES[random.nextInt(CRIME_TYPES.length)]).append(',');
            String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
            row.append(outcome.indexOf(',') >= 0 || outcome.indexOf(';') >= 0 ? '"' + outcome + '"' : outcome);
        }
        row.append(',');
    }
}
