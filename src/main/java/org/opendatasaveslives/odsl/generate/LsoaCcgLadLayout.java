package org.opendatasaveslives.odsl.generate;

/** Layout of ONS "LSOA (2011) to CCG to LAD (April 2020) Lookup in England". */
final class LsoaCcgLadLayout implements GeographyLayout {

    static final String PATH = "geography/lsoa11_ccg_lad.csv";

    @Override
    public String relativePath() {
        return PATH;
    }

    @Override
    public String[] header() {
        return new String[] {"FID", "LSOA11CD", "LSOA11NM", "CCG20CD", "CCG20CDH", "CCG20NM", "LAD20CD", "LAD20NM"};
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
        for (Lsoa lsoa : geography.lsoas()) {
            Ccg ccg = lsoa.ccg();
            LocalAuthority district = lsoa.district();
            out.row(GeographyLayout.fid(out), lsoa.code(), lsoa.name(), ccg.code(), ccg.odsCode(), ccg.name(),
                    district.code(), district.name());
        }
    }
}
