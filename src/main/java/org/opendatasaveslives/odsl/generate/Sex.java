package org.opendatasaveslives.odsl.generate;

/** A synthetic person's sex as agencies record it. */
public enum Sex {
    FEMALE("female", "2"),
    MALE("male", "1");

    private final String fhirCode;
    private final String dataDictionaryCode;

    Sex(String fhirCode, String dataDictionaryCode) {
        this.fhirCode = fhirCode;
        this.dataDictionaryCode = dataDictionaryCode;
    }

    /** FHIR administrative gender. */
    public String fhirCode() {
        return fhirCode;
    }

    /** NHS Data Dictionary PERSON STATED GENDER CODE. */
    public String dataDictionaryCode() {
        return dataDictionaryCode;
    }
}
