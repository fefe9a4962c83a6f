package org.opendatasaveslives.odsl.generate;

/** A synthetic 2011 LSOA (code {@code E019…}, named like {@code Leeds 001A}) inside a synthetic MSOA. */
public record Lsoa(String code, String name, Msoa msoa) {

    public LocalAuthority district() {
        return msoa.district();
    }

    public Ccg ccg() {
        return msoa.ccg();
    }
}
