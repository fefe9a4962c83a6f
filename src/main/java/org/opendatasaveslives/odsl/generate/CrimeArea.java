package org.opendatasaveslives.odsl.generate;

import java.util.List;

/**
 * An LSOA as street-crime files see it: code, name, the map points of its streets and how busy it is relative to
 * the other areas of its force. {@code inLookups} is false for the synthetic 2021-only LSOAs that no geography file
 * lists, which the build has to place by the district named in {@code lsoaName}.
 */
public record CrimeArea(
        String lsoaCode,
        String lsoaName,
        LocalAuthority district,
        List<StreetPoint> streets,
        double busyness,
        boolean inLookups) {

    public CrimeArea {
        streets = List.copyOf(streets);
    }
}
