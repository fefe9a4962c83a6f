package org.opendatasaveslives.odsl.generate;

/** A synthetic 2011 MSOA (code {@code E029…}, named like {@code Leeds 001}) and the ward that best fits it. */
public record Msoa(String code, String name, Ward ward, Ccg ccg) {

    public LocalAuthority district() {
        return ward.district();
    }
}
