package org.opendatasaveslives.odsl.generate;

/** Layout of ONS "LAD to Community Safety Partnership to Police Force Area (December 2019) Lookup". */
final class LadCspPfaLayout implements GeographyLayout {

    static final String PATH = "geography/lad_csp_pfa.csv";

    @Override
    public String relativePath() {
        return PATH;
    }

    @Override
    public String[] header() {
        return new String[] {"FID", "LAD19CD", "LAD19NM", "CSP19CD", "CSP19NM", "PFA19CD", "PFA19NM"};
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
            PoliceForce force = district.force();
            out.row(GeographyLayout.fid(out), district.code(), district.name(), district.cspCode(), district.cspName(),
                    force.pfaCode(), force.pfaName());
        }
    }
}
