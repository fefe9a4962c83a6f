package org.opendatasaveslives.odsl.generate;

/** Layout of ONS "Lower Tier Local Authority to Upper Tier Local Authority (April 2019) Lookup". */
final class LtlaUtlaLayout implements GeographyLayout {

    static final String PATH = "geography/ltla_utla.csv";

    @Override
    public String relativePath() {
        return PATH;
    }

    @Override
    public String[] header() {
        return new String[] {"FID", "LTLA19CD", "LTLA19NM", "UTLA19CD", "UTLA19NM"};
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
        for (LocalAuthority district : ReferenceAreas.districts()) {
            out.row(GeographyLayout.fid(out), district.code(), district.name(), district.utlaCode(),
                    district.utlaName());
        }
    }
}
