package org.opendatasaveslives.odsl.serve.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class UriSpaceTest {
    private final UriSpace uris = UriSpace.of("https://data.example.gov.uk/");

    @Test
    void mintedThingsAreDescribedUnderDoc() {
        assertEquals(Optional.of("https://data.example.gov.uk/id/crime/abc"), uris.thingAt("/doc/crime/abc"));
        assertEquals(Optional.of("https://data.example.gov.uk/id/observation/x/E01/2025-01/burglary"),
                uris.thingAt("/doc/observation/x/E01/2025-01/burglary"));
        assertEquals(Optional.of("/doc/crime/abc"), uris.pagePath("https://data.example.gov.uk/id/crime/abc"));
    }

    @Test
    void externalUrisAreDescribedNotReminted() {
        assertEquals(Optional.of("http://statistics.data.gov.uk/id/statistical-geography/E08000035"),
                uris.thingAt("/doc/area/E08000035"));
        assertEquals(Optional.of("http://reference.data.gov.uk/id/month/2025-01"), uris.thingAt("/doc/month/2025-01"));
        assertEquals(Optional.of("/doc/area/E08000035"),
                uris.pagePath("http://statistics.data.gov.uk/id/statistical-geography/E08000035"));
        assertEquals(Optional.of("/doc/month/2025-01"), uris.pagePath("http://reference.data.gov.uk/id/month/2025-01"));
        assertEquals(Optional.empty(), uris.thingAt("/doc/area/E01/extra"));
    }

    @Test
    void ontologyTermsAreDescribedAtTheirOwnPath() {
        assertEquals("https://data.example.gov.uk/def/odsl/lsoa", uris.termAt("/def/odsl/lsoa"));
        assertEquals(Optional.of("/def/odsl/lsoa"), uris.pagePath("https://data.example.gov.uk/def/odsl/lsoa"));
    }

    @Test
    void otherUrisHaveNoPathOfTheirOwn() {
        assertEquals(Optional.empty(), uris.pagePath("https://odsl.org.uk/id/crime/abc"), "another base");
        assertEquals(Optional.empty(), uris.pagePath("https://data.example.gov.uk/graph/x#build"));
        assertEquals(Optional.empty(), uris.thingAt("/doc/crime"));
        assertEquals(Optional.empty(), uris.thingAt("/doc/crime/"));
        assertTrue(UriSpace.describePath("https://data.example.gov.uk/graph/x#build").endsWith("graph%2Fx%23build"));
    }

    @Test
    void baseMustBeAnHttpUri() {
        assertEquals("https://odsl.org.uk", UriSpace.of("https://odsl.org.uk").base());
        assertThrows(IllegalArgumentException.class, () -> UriSpace.of("odsl.org.uk"));
        assertThrows(IllegalArgumentException.class, () -> UriSpace.of("ftp://odsl.org.uk"));
        assertThrows(IllegalArgumentException.class, () -> UriSpace.of("https://odsl.org.uk/?x=1"));
    }
}
