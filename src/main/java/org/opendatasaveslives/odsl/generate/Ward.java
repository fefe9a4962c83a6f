package org.opendatasaveslives.odsl.generate;

/** A synthetic electoral ward (code {@code E059…}) of a real district. */
public record Ward(String code, String name, LocalAuthority district) {
}
