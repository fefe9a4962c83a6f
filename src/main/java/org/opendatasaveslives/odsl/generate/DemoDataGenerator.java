package org.opendatasaveslives.odsl.generate;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes deterministic synthetic demo data in the real published layouts for the districts of West Yorkshire and
 * Kent: ONS and NHS geography lookups, three months of police.uk street-level crime for each force, and the health and
 * social-care sources of the same places and months (NHS ODS organisations, A&E attendances, COVID-19 cases, CQC care
 * locations, ASC-FR activity), each written by its own class. The same seed and scale always give byte-identical
 * files.
 */
public final class DemoDataGenerator {

    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_SCALE = 1;
    public static final int STREET_CRIME_ROWS_PER_SCALE = 500;

    public static final String LSOA_CCG_LAD = GeographyLayouts.LSOA_CCG_LAD.relativePath();
    public static final String MSOA_WARD_LAD = GeographyLayouts.MSOA_WARD_LAD.relativePath();
    public static final String LAD_CSP_PFA = GeographyLayouts.LAD_CSP_PFA.relativePath();
    public static final String LTLA_UTLA = GeographyLayouts.LTLA_UTLA.relativePath();
    public static final String SUB_ICB_ICB_NHS_REGION = GeographyLayouts.SUB_ICB.relativePath();
    public static final String LA_ALL_CODES = GeographyLayouts.LA_ALL_CODES.relativePath();
    public static final String MSOA_LA = GeographyLayouts.MSOA_LA.relativePath();

    public static final List<YearMonth> MONTHS =
            List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));

    /** Every street-level crime file, force by force, month by month. */
    public static final List<PoliceFile> POLICE_FILES = policeFiles();


    /** A large odd multiplier keeps per-file seeds of neighbouring --seed values far apart. */
    private static final long SEED_MIX = 0x9E3779B97F4A7C15L;

    private DemoDataGenerator() {
    }

    /** Relative paths of the geography lookups, in writing order. */
    public static List<String> geographyFiles() {
        return GeographyLayouts.ALL.stream().map(GeographyLayout::relativePath).toList();
    }

    public static GenerationSummary generate(Path outputDirectory, long seed, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("Scale must be at least 1, got " + scale);
        }
        SyntheticGeography geography = SyntheticGeography.mint();
        List<GeneratedFile> files = new ArrayList<>();
        for (GeographyLayout layout : GeographyLayouts.ALL) {
            Path file = outputDirectory.resolve(layout.relativePath());
            try (CsvLineWriter out = new CsvLineWriter(file, layout.lineEnding(), layout.byteOrderMark())) {
                out.header(layout.header().toArray(String[]::new));
                layout.rows().accept(out, geography);
                files.add(new GeneratedFile(layout.relativePath(), out.dataRows()));
            }
        }
        long rows = (long) STREET_CRIME_ROWS_PER_SCALE * scale;
        for (PoliceFile policeFile : POLICE_FILES) {
            long written = writeStreetCrime(outputDirectory.resolve(policeFile.relativePath()), policeFile, geography,
                    rows, seed);
            files.add(new GeneratedFile(policeFile.relativePath(), written));
        }
        files.addAll(OdsOrganisationFiles.writeOdsOrganisationFiles(outputDirectory, seed, scale));
        files.addAll(CovidCaseFiles.writeCovidCases(outputDirectory, seed, scale));
        files.addAll(AeAttendanceFiles.writeAeAttendances(outputDirectory, seed, scale));
        files.addAll(CqcLocationFiles.writeHscaActiveLocations(outputDirectory, seed, scale));
        files.addAll(AscFinanceFiles.write(outputDirectory, seed, scale));
        // Person-level sources share one synthetic population, so that the same people appear in all three.
        List<SyntheticPerson> people = SyntheticPeople.generate(seed, scale);
        files.addAll(new DashAssessmentFiles(people).write(outputDirectory, seed, scale));
        files.addAll(FhirBundleFiles.writeFhirBundles(outputDirectory, seed, scale, people));
        files.addAll(ClientLevelDataFiles.writeClientLevelData(outputDirectory, seed, scale, people));
        return new GenerationSummary(outputDirectory, seed, scale, files);
    }

    /**
     * Writes one police.uk street-level crime file of {@code rows} rows for a demo force and month, in the published
     * layout; deterministic for a seed, streamed to disk. Returns the rows written.
     */
    public static long writeStreetCrime(Path file, PoliceFile policeFile, long rows, long seed) {
        return writeStreetCrime(file, policeFile, SyntheticGeography.mint(), rows, seed);
    }

    private static long writeStreetCrime(Path file, PoliceFile policeFile, SyntheticGeography geography, long rows,
                                         long seed) {
        Random random = new Random(seed * SEED_MIX + policeFile.relativePath().hashCode());
        StreetCrimeFile crimeFile = new StreetCrimeFile(policeFile, geography.crimeAreas(policeFile.force()), rows, random);
        // police.uk files have no byte-order mark and end lines with CRLF.
        try (CsvLineWriter out = new CsvLineWriter(file, CsvLineWriter.LineEnding.CRLF, false)) {
            crimeFile.write(out);
            return out.dataRows();
        }
    }

    private static List<PoliceFile> policeFiles() {
        List<PoliceFile> files = new ArrayList<>();
        for (PoliceForce force : PoliceForce.values()) {
            for (YearMonth month : MONTHS) {
                files.add(new PoliceFile(force, month));
            }
        }
        return List.copyOf(files);
    }
}
