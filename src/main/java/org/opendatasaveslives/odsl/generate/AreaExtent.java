package org.opendatasaveslives.odsl.generate;

/**
 * Rough position of a district: the mean and standard deviation (in degrees) of its real LSOA centroids,
 * enough to place synthetic points where the district is.
 */
public record AreaExtent(double latitude, double longitude, double latitudeSpread, double longitudeSpread) {
}
