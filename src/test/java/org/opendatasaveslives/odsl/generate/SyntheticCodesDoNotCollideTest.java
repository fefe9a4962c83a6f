package org.opendatasaveslives.odsl.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No minted code is a real ONS code: checked against the real lookups that list 2011 and 2021 areas. */
class SyntheticCodesDoNotCollideTest {

    private static final Path DRKANE = CsvTestFiles.REAL_GEOGRAPHY.resolve("drkane-geo-lookups");

    private final SyntheticGeography geography = SyntheticGeography.mint();

    @Test
    void lsoaCodesAreNotRealLsoaCodes() throws IOException {
        Set<String> real = realCodes(CsvTestFiles.realJtrim("219_"), "LSOA11CD");
        real.addAll(realCodes(CsvTestFiles.realJtrim("135_"), "LSOA11CD"));
        real.addAll(realCodes(DRKANE.resolve("lsoa_latlong.csv"), "LSOACD", "lsoa11cd"));
        assertTrue(real.size() > 40_000, "real LSOA 2011 and 2021 codes loaded: " + real.size());

        Stream<String> minted = Stream.concat(geography.lsoas().stream().map(Lsoa::code),
                Stream.of(PoliceForce.values()).flatMap(f -> geography.crimeAreas(f).stream())
                        .map(CrimeArea::lsoaCode));
        minted.forEach(code -> {
            assertTrue(code.matches("E019\\d{5}"), code);
            assertTrue(!real.contains(code), code + " is a real LSOA code");
        });
    }

    @Test
    void msoaCodesAreNotRealMsoaCodes() throws IOException {
        Set<String> real = realCodes(CsvTestFiles.realJtrim("179_"), "MSOA11CD");
        real.addAll(realCodes(DRKANE.resolve("msoa_la.csv"), "MSOACD", "MSOA11CD", "MSOA21CD"));
        geography.msoas().forEach(msoa -> {
            assertTrue(msoa.code().matches("E029\\d{5}"), msoa.code());
            assertTrue(!real.contains(msoa.code()), msoa.code() + " is a real MSOA code");
        });
    }

    @Test
    void wardCodesAreNotRealWardCodes() throws IOException {
        Set<String> real = realCodes(CsvTestFiles.realJtrim("179_"), "WD19CD");
        real.addAll(realCodes(DRKANE.resolve("ward_all_codes.csv"), "WDCD"));
        geography.wards().forEach(ward -> {
            assertTrue(ward.code().matches("E059\\d{5}"), ward.code());
            assertTrue(!real.contains(ward.code()), ward.code() + " is a real ward code");
        });
    }

    @Test
    void mintedCodesAndNamesAreUnique() {
        List<String> lsoaCodes = Stream.of(PoliceForce.values())
                .flatMap(f -> geography.crimeAreas(f).stream()).map(CrimeArea::lsoaCode).toList();
        List<String> lsoaNames = Stream.of(PoliceForce.values())
                .flatMap(f -> geography.crimeAreas(f).stream()).map(CrimeArea::lsoaName).toList();
        assertEquals(lsoaCodes.size(), new HashSet<>(lsoaCodes).size());
        assertEquals(lsoaNames.size(), new HashSet<>(lsoaNames).size());
        assertEquals(geography.msoas().size(), geography.msoas().stream().map(Msoa::name).distinct().count());
        assertEquals(geography.wards().size(), geography.wards().stream().map(Ward::code).distinct().count());
    }

    private static Set<String> realCodes(Path file, String... columns) throws IOException {
        Set<String> codes = new HashSet<>();
        for (var record : CsvTestFiles.records(file)) {
            for (String column : columns) {
                String code = record.get(column);
                if (code == null) {
                    throw new IllegalStateException(file + " has no column " + column);
                }
                codes.add(code);
            }
        }
        return codes;
    }
}
