package org.opendatasaveslives.odsl.generate;

/** Layout of ONS "Sub ICB Locations to ICBs to NHS England (Region) (July 2022) Lookup in England" (with its BOM). */
final class SubIcbLayout implements GeographyLayout {

    static final String PATH = "geography/sicbl_icb_nhser.csv";

    @Override
    public String relativePath() {
        return PATH;
    }

    @Override
    public String[] header() {
        return new String[] {"SICBL22CD", "SICBL22CDH", "SICBL22NM", "ICB22CD", "ICB22CDH", "ICB22NM", "NHSER22CD",
            "NHSER22CDH", "NHSER22NM", "ObjectId"};
    }

    @Override
    public CsvLineWriter.LineEnding lineEnding() {
        return CsvLineWriter.LineEnding.LF;
    }

    @Override
    public boolean byteOrderMark() {
        return true;
    }

    @Override
    public void writeRows(CsvLineWriter out, SyntheticGeography geography) {
        for (SubIcbLocation location : ReferenceAreas.subIcbLocations()) {
            out.row(location.code(), location.odsCode(), location.name(), location.icbCode(), location.icbOdsCode(),
                    location.icbName(), location.nhsRegionCode(), location.nhsRegionOdsCode(),
                    location.nhsRegionName(), GeographyLayout.fid(out));
        }
    }
}
