package org.opendatasaveslives.odsl.generate;

/** Layout of drkane/geo-lookups {@code la_all_codes.csv}: every district code, old or current, to the current one. */
final class LaAllCodesLayout implements GeographyLayout {

    static final String PATH = "geography/la_all_codes.csv";

    @Override
    public String relativePath() {
        return PATH;
    }

    @Override
    public String[] header() {
        return new String[] {"LADCD", "LADNM", "LADCD_ACTIVE", "LADNM_ACTIVE", "UTLACD", "UTLANM", "CAUTHCD",
            "CAUTHNM", "RGNCD", "RGNNM", "CTRYCD", "CTRYNM", "EWCD", "EWNM", "GBCD", "GBNM", "UKCD", "UKNM",
            "Current", "LAD20CD", "LAD20NM"};
    }

    @Override
    public CsvLineWriter.LineEnding lineEnding() {
        return CsvLineWriter.LineEnding.LF;
    }

    @Override
    public boolean byteOrderMark() {
        return false;
    }

    @Override
    public void writeRows(CsvLineWriter out, SyntheticGeography geography) {
        for (DistrictCodeHistory row : ReferenceAreas.districtCodeHistory()) {
            out.row(row.code(), row.name(), row.activeCode(), row.activeName(), row.utlaCode(), row.utlaName(),
                    row.combinedAuthorityCode(), row.combinedAuthorityName(), row.regionCode(), row.regionName(),
                    "E92000001", "England", "K04000001", "England and Wales", "K03000001", "Great Britain",
                    "K02000001", "United Kingdom", row.current() ? "TRUE" : "FALSE", row.lad20Code(),
                    row.lad20Name());
        }
    }
}
