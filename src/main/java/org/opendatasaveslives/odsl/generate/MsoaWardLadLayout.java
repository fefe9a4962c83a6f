package org.opendatasaveslives.odsl.generate;

/** Layout of ONS "MSOA (2011) to Ward to LAD (December 2019) Lookup in England and Wales". */
final class MsoaWardLadLayout implements GeographyLayout {

    static final String PATH = "geography/msoa11_ward_lad.csv";

    @Override
    public String relativePath() {
        return PATH;
    }

    @Override
    public String[] header() {
        return new String[] {"FID", "MSOA11CD", "MSOA11NM", "WD19CD", "WD19NM", "LAD19CD", "LAD19NM"};
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
        for (Msoa msoa : geography.msoas()) {
            Ward ward = msoa.ward();
            LocalAuthority district = msoa.district();
            out.row(GeographyLayout.fid(out), msoa.code(), msoa.name(), ward.code(), ward.name(), district.code(),
                    district.name());
        }
    }
}
