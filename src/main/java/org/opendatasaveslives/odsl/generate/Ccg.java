package org.opendatasaveslives.odsl.generate;

/** A clinical commissioning group as of April 2020: GSS code (E38…), ODS code and name. */
public record Ccg(String code, String odsCode, String name) {
}
