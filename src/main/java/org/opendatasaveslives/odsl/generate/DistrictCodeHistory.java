package org.opendatasaveslives.odsl.generate;

/**
 * A row of drkane's {@code la_all_codes.csv}: a district code (current or abolished) and the current district
 * that now covers it, with that district's upper tier, combined authority and region.
 */
public record DistrictCodeHistory(
        String code,
        String name,
        String activeCode,
        String activeName,
        String utlaCode,
        String utlaName,
        String combinedAuthorityCode,
        String combinedAuthorityName,
        String regionCode,
        String regionName,
        boolean current,
        String lad20Code,
        String lad20Name) {

    static DistrictCodeHistory current(LocalAuthority la) {
        return new DistrictCodeHistory(la.code(), la.name(), la.code(), la.name(), la.utlaCode(), la.utlaName(),
                la.combinedAuthorityCode(), la.combinedAuthorityName(), la.regionCode(), la.regionName(), true,
                la.code(), la.name());
    }
}
