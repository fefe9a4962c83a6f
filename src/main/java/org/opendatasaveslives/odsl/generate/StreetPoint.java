package org.opendatasaveslives.odsl.generate;

/**
 * One of the anonymised map points police.uk snaps crimes to: a location text such as {@code On or near High Street}
 * and its coordinates, already formatted the way police.uk writes them (six decimals).
 */
public record StreetPoint(String location, String longitude, String latitude) {
}
