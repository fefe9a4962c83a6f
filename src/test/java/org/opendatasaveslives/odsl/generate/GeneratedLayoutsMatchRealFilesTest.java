package org.opendatasaveslives.odsl.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each generated file has exactly the header, byte-order mark and line ending of the real file it imitates. */
class GeneratedLayoutsMatchRealFilesTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void generate() {
        DemoDataGenerator.generate(out, DemoDataGenerator.DEFAULT_SEED, DemoDataGenerator.DEFAULT_SCALE);
    }

    static Stream<Arguments> generatedAndReal() throws IOException {
        Map<String, Path> geography = Map.of(
                DemoDataGenerator.LSOA_CCG_LAD, CsvTestFiles.realJtrim("219_"),
                DemoDataGenerator.MSOA_WARD_LAD, CsvTestFiles.realJtrim("179_"),
                DemoDataGenerator.LAD_CSP_PFA, CsvTestFiles.realJtrim("194_"),
                DemoDataGenerator.LTLA_UTLA, CsvTestFiles.realJtrim("177_"),
                DemoDataGenerator.SUB_ICB_ICB_NHS_REGION, CsvTestFiles.REAL_GEOGRAPHY.resolve(
                        "dfe-send-ap-dashboard/Sub_ICB_Locations_to_Integrated_Care_Boards_to_NHS_England_"
                                + "(Region)_(July_2022)_Lookup_in_England.csv"),
                DemoDataGenerator.LA_ALL_CODES,
                CsvTestFiles.REAL_GEOGRAPHY.resolve("drkane-geo-lookups/la_all_codes.csv"),
                DemoDataGenerator.MSOA_LA,
                CsvTestFiles.REAL_GEOGRAPHY.resolve("drkane-geo-lookups/msoa_la.csv"));
        // The Bedfordshire month is the one complete, unmodified police.uk street file among the samples.
        Path realStreet = CsvTestFiles.REAL_STREET_CRIME.resolve("2025-11-bedfordshire-street.csv");
        Stream<Arguments> geographyCases =
                geography.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
        Stream<Arguments> policeCases =
                DemoDataGenerator.POLICE_FILES.stream().map(f -> Arguments.of(f.relativePath(), realStreet));
        return Stream.concat(geographyCases, policeCases);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generatedAndReal")
    void headerIsTheRealHeader(String generated, Path real) throws IOException {
        assertEquals(CsvTestFiles.headerLine(real), CsvTestFiles.headerLine(out.resolve(generated)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generatedAndReal")
    void byteOrderMarkAsInTheRealFile(String generated, Path real) throws IOException {
        assertEquals(CsvTestFiles.hasByteOrderMark(real), CsvTestFiles.hasByteOrderMark(out.resolve(generated)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generatedAndReal")
    void lineEndingsAsInTheRealFile(String generated, Path real) throws IOException {
        assertEquals(usesCrLf(real), usesCrLf(out.resolve(generated)));
        String text = Files.readString(out.resolve(generated), StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\n"), "ends with a line break");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generatedAndReal")
    void noDemoValueNeedsQuotingSoNoneIsQuoted(String generated, Path real) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(generated), StandardCharsets.UTF_8);
        int columns = lines.get(0).split(",", -1).length;
        for (String line : lines) {
            assertEquals(columns, line.split(",", -1).length, line);
            assertTrue(!line.contains("\""), line);
        }
    }

    private static boolean usesCrLf(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.contains("\r\n");
    }
}
