package org.opendatasaveslives.odsl.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic ASC-FR activity file has the real file's layout, keys and quirks, and is deterministic. */
class AscFinanceFilesTest {
    static final Path REAL = Path.of("../shared/data/social_care/asc_finance_return/CSV_ASCFR_Activity.csv");
    static final List<String> KEYS = List.of("DataType_KEY", "AgeBand_KEY", "PrimarySupportReason_KEY", "CareType_KEY",
        "SupportSetting_KEY", "Purpose_KEY", "ActivityProvision_KEY");

    @TempDir
    Path dir;

    private Path generate(Path out, long seed, int scale) {
        List<GeneratedFile> files = AscFinanceFiles.write(out, seed, scale);
        assertEquals(List.of(AscFinanceFiles.ACTIVITY), files.stream().map(GeneratedFile::relativePath).toList());
        return out.resolve(AscFinanceFiles.ACTIVITY);
    }

    @Test
    void headerLineEndingsAndEncodingAreTheRealFiles() throws IOException {
        Path file = generate(dir, 42, 1);
        assertEquals(CsvTestFiles.headerLine(REAL), CsvTestFiles.headerLine(file));
        assertEquals(CsvTestFiles.hasByteOrderMark(REAL), CsvTestFiles.hasByteOrderMark(file));
        String text = Files.readString(file);
        assertFalse(text.contains("\r"), "LF line endings like the real file");
        assertFalse(text.contains("\""), "no quoted fields, like the real file");
        assertTrue(text.endsWith("\n"));
    }

    @Test
    void everyKeyColumnUsesTheRealFilesCodesAndItemsAreTheRealCombinations() throws IOException {
        List<Map<String, String>> real = CsvTestFiles.records(REAL);
        List<Map<String, String>> synthetic = CsvTestFiles.records(generate(dir, 42, 1));
        for (String key : KEYS) {
            assertEquals(distinct(real, key), distinct(synthetic, key), key);
        }
        assertEquals(combinations(real), combinations(synthetic));
        assertEquals(125, combinations(synthetic).size());
    }

    @Test
    void demoCouncilsWithRealCodesFinancialYear2024To25AndRegionTotals() throws IOException {
        List<Map<String, String>> rows = CsvTestFiles.records(generate(dir, 42, 1));
        assertEquals(Set.of("2025"), distinct(rows, "FY_Ending"));
        assertEquals(Set.of("", "209", "210", "211", "212", "213", "820", "821"), distinct(rows, "CASSR_CODE"));
        assertEquals(Set.of("", "E08000032", "E08000033", "E08000034", "E08000035", "E08000036", "E10000016", "E06000035"),
            distinct(rows, "GEOGRAPHY_CODE"));
        assertEquals(7 * 125, rows.stream().filter(r -> !r.get("CASSR_CODE").isEmpty()).count());
        assertTrue(rows.stream().anyMatch(r -> r.get("ItemValue").equals(":")), "some cells not submitted");
        // A region's total row is the sum of its councils' submitted cells.
        Map<String, BigDecimal> councilSums = new TreeMap<>();
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (Map<String, String> r : rows) {
            if (r.get("ItemValue").equals(":")) {
                continue;
            }
            String key = r.get("REGION_GO_CODE") + "/" + r.get("UUID");
            (r.get("CASSR_CODE").isEmpty() ? totals : councilSums).merge(key, new BigDecimal(r.get("ItemValue")), BigDecimal::add);
        }
        assertEquals(councilSums.keySet(), totals.keySet());
        councilSums.forEach((k, v) -> assertEquals(0, v.compareTo(totals.get(k)), k));
    }

    @Test
    void dataType2BandsAddUpToTheAge65AndOverFigure() throws IOException {
        List<Map<String, String>> rows = CsvTestFiles.records(generate(dir, 7, 1));
        Map<String, BigDecimal> over65 = new TreeMap<>();
        Map<String, BigDecimal> bands = new TreeMap<>();
        for (Map<String, String> r : rows) {
            if (r.get("CASSR_CODE").isEmpty() || r.get("ItemValue").equals(":")) {
                continue;
            }
            String key = r.get("CASSR_CODE") + KEYS.subList(2, KEYS.size()).stream().map(r::get).collect(Collectors.joining("/"));
            if (r.get("AgeBand_KEY").equals("2")) {
                over65.put(key, new BigDecimal(r.get("ItemValue")));
            } else if (r.get("DataType_KEY").equals("2")) {
                bands.merge(key, new BigDecimal(r.get("ItemValue")), BigDecimal::add);
            }
        }
        assertFalse(bands.isEmpty(), "some council submits data type 2");
        bands.forEach((k, v) -> assertEquals(0, v.compareTo(over65.get(k)), k));
    }

    @Test
    void sameSeedSameBytesAndScaleAddsEarlierYears() throws IOException {
        byte[] a = Files.readAllBytes(generate(dir.resolve("a"), 3, 2));
        byte[] b = Files.readAllBytes(generate(dir.resolve("b"), 3, 2));
        assertArrayEquals(a, b);
        assertEquals(Set.of("2025", "2024"), distinct(CsvTestFiles.records(dir.resolve("a").resolve(AscFinanceFiles.ACTIVITY)),
            "FY_Ending"));
    }

    private static Set<String> distinct(List<Map<String, String>> rows, String column) {
        return rows.stream().map(r -> r.get(column)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> combinations(List<Map<String, String>> rows) {
        return rows.stream().map(r -> KEYS.stream().map(r::get).collect(Collectors.joining("|")))
            .collect(Collectors.toCollection(TreeSet::new));
    }
}
