package org.opendatasaveslives.odsl.generate;

import java.util.List;

/**
 * A real local authority district of the demo areas with the real codes of the areas above it.
 * {@code ccgs} holds more than one CCG where the district was split between CCGs in April 2020;
 * {@code msoaCount} is how many synthetic MSOAs to mint for it.
 */
public record LocalAuthority(
        String code,
        String name,
        String cspCode,
        String cspName,
        String utlaCode,
        String utlaName,
        String combinedAuthorityCode,
        String combinedAuthorityName,
        String regionCode,
        String regionName,
        PoliceForce force,
        List<Ccg> ccgs,
        AreaExtent extent,
        int msoaCount) {

    public LocalAuthority {
        ccgs = List.copyOf(ccgs);
    }
}
