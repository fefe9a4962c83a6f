package org.opendatasaveslives.odsl.generate;

import java.util.List;

/** The ONS geography lookups the demo writes, each in its real published layout. */
final class GeographyLayouts {
    private static final CsvLineWriter.LineEnding LF = CsvLineWriter.LineEnding.LF;

    /** ONS "LSOA (2011) to CCG to LAD (April 2020) Lookup in England". */
    static final GeographyLayout LSOA_CCG_LAD = new GeographyLayout("geography/lsoa11_ccg_lad.csv",
        List.of("FID", "LSOA11CD", "LSOA11NM", "CCG20CD", "CCG20CDH", "CCG20NM", "LAD20CD", "LAD20NM"), LF, false,
        (out, geography) -> {
            for (Lsoa lsoa : geography.lsoas()) {
                Ccg ccg = lsoa.ccg();
                LocalAuthority district = lsoa.district();
                out.row(GeographyLayout.fid(out), lsoa.code(), lsoa.name(), ccg.code(), ccg.odsCode(), ccg.name(),
                    district.code(), district.name());
            }
        });

    /** ONS "MSOA (2011) to Ward to LAD (December 2019) Lookup in England and Wales". */
    static final GeographyLayout MSOA_WARD_LAD = new GeographyLayout("geography/msoa11_ward_lad.csv",
        List.of("FID", "MSOA11CD", "MSOA11NM", "WD19CD", "WD19NM", "LAD19CD", "LAD19NM"), LF, false,
        (out, geography) -> {
            for (Msoa msoa : geography.msoas()) {
                Ward ward = msoa.ward();
                LocalAuthority district = msoa.district();
                out.row(GeographyLayout.fid(out), msoa.code(), msoa.name(), ward.code(), ward.name(), district.code(),
                    district.name());
            }
        });

    /** ONS "LAD to Community Safety Partnership to Police Force Area (December 2019) Lookup". */
    static final GeographyLayout LAD_CSP_PFA = new GeographyLayout("geography/lad_csp_pfa.csv",
        List.of("FID", "LAD19CD", "LAD19NM", "CSP19CD", "CSP19NM", "PFA19CD", "PFA19NM"), LF, false,
        (out, geography) -> {
            for (LocalAuthority district : ReferenceAreas.districts()) {
                PoliceForce force = district.force();
                out.row(GeographyLayout.fid(out), district.code(), district.name(), district.cspCode(),
                    district.cspName(), force.pfaCode(), force.pfaName());
            }
        });

    /** ONS "Lower Tier Local Authority to Upper Tier Local Authority (April 2019) Lookup". */
    static final GeographyLayout LTLA_UTLA = new GeographyLayout("geography/ltla_utla.csv",
        List.of("FID", "LTLA19CD", "LTLA19NM", "UTLA19CD", "UTLA19NM"), LF, false,
        (out, geography) -> {
            for (LocalAuthority district : ReferenceAreas.districts()) {
                out.row(GeographyLayout.fid(out), district.code(), district.name(), district.utlaCode(),
                    district.utlaName());
            }
        });

    /** ONS "Sub ICB Locations to ICBs to NHS England (Region) (July 2022) Lookup", which ships with a byte-order mark. */
    static final GeographyLayout SUB_ICB = new GeographyLayout("geography/sicbl_icb_nhser.csv",
        List.of("SICBL22CD", "SICBL22CDH", "SICBL22NM", "ICB22CD", "ICB22CDH", "ICB22NM", "NHSER22CD", "NHSER22CDH",
            "NHSER22NM", "ObjectId"), LF, true,
        (out, geography) -> {
            for (SubIcbLocation location : ReferenceAreas.subIcbLocations()) {
                out.row(location.code(), location.odsCode(), location.name(), location.icbCode(),
                    location.icbOdsCode(), location.icbName(), location.nhsRegionCode(), location.nhsRegionOdsCode(),
                    location.nhsRegionName(), GeographyLayout.fid(out));
            }
        });

    /** drkane/geo-lookups {@code la_all_codes.csv}: every district code since 2011 with its current successor. */
    static final GeographyLayout LA_ALL_CODES = new GeographyLayout("geography/la_all_codes.csv",
        List.of("LADCD", "LADNM", "LADCD_ACTIVE", "LADNM_ACTIVE", "UTLACD", "UTLANM", "CAUTHCD", "CAUTHNM", "RGNCD",
            "RGNNM", "CTRYCD", "CTRYNM", "EWCD", "EWNM", "GBCD", "GBNM", "UKCD", "UKNM", "Current", "LAD20CD",
            "LAD20NM"), LF, false,
        (out, geography) -> {
            for (DistrictCodeHistory row : ReferenceAreas.districtCodeHistory()) {
                out.row(row.code(), row.name(), row.activeCode(), row.activeName(), row.utlaCode(), row.utlaName(),
                    row.combinedAuthorityCode(), row.combinedAuthorityName(), row.regionCode(), row.regionName(),
                    "E92000001", "England", "K04000001", "England and Wales", "K03000001", "Great Britain",
                    "K02000001", "United Kingdom", row.current() ? "TRUE" : "FALSE", row.lad20Code(),
                    row.lad20Name());
            }
        });

    /**
     * drkane/geo-lookups {@code msoa_la.csv}: MSOAs of 2011 and 2021 with their current district. The synthetic MSOAs
     * keep their codes across the two censuses, as most real ones did.
     */
    static final GeographyLayout MSOA_LA = new GeographyLayout("geography/msoa_la.csv",
        List.of("MSOACD", "MSOANM", "MSOAHCLNM", "MSOAHCLNMW", "LADCD_ACTIVE", "LADNM_ACTIVE", "UTLACD", "UTLANM",
            "CAUTHCD", "CAUTHNM", "RGNCD", "RGNNM", "CTRYCD", "CTRYNM", "EWCD", "EWNM", "GBCD", "GBNM", "UKCD", "UKNM",
            "MSOA11CD", "MSOA21CD", "LAD17CD", "LAD20CD", "LAD20NM", "MSOA11NM", "MSOA11HCLNM"), LF, false,
        (out, geography) -> {
            for (Msoa msoa : geography.msoas()) {
                LocalAuthority d = msoa.district();
                out.row(msoa.code(), msoa.name(), msoa.name(), "", d.code(), d.name(), d.utlaCode(), d.utlaName(),
                    d.combinedAuthorityCode(), d.combinedAuthorityName(), d.regionCode(), d.regionName(),
                    "E92000001", "England", "K04000001", "England and Wales", "K03000001", "Great Britain",
                    "K02000001", "United Kingdom", msoa.code(), msoa.code(), "", d.code(), d.name(), msoa.name(),
                    msoa.name());
            }
        });

    /** All of them, in writing order. */
    static final List<GeographyLayout> ALL =
        List.of(LSOA_CCG_LAD, MSOA_WARD_LAD, LAD_CSP_PFA, LTLA_UTLA, SUB_ICB, LA_ALL_CODES, MSOA_LA);

    private GeographyLayouts() {
    }
}
