package org.opendatasaveslives.odsl.generate;

/** A row of the July 2022 sub-ICB location → ICB → NHS England region lookup. */
public record SubIcbLocation(
        String code,
        String odsCode,
        String name,
        String icbCode,
        String icbOdsCode,
        String icbName,
        String nhsRegionCode,
        String nhsRegionOdsCode,
        String nhsRegionName) {
}
