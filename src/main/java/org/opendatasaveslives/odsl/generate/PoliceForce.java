package org.opendatasaveslives.odsl.generate;

/** The two police forces whose street-level crime files the demo data imitates. */
public enum PoliceForce {
    WEST_YORKSHIRE("west-yorkshire", "West Yorkshire Police", "E23000010", "West Yorkshire"),
    KENT("kent", "Kent Police", "E23000032", "Kent");

    private final String fileSlug;
    private final String forceName;
    private final String pfaCode;
    private final String pfaName;

    PoliceForce(String fileSlug, String forceName, String pfaCode, String pfaName) {
        this.fileSlug = fileSlug;
        this.forceName = forceName;
        this.pfaCode = pfaCode;
        this.pfaName = pfaName;
    }

    /** The force's part of police.uk file names, e.g. {@code west-yorkshire}. */
    public String fileSlug() {
        return fileSlug;
    }

    /** The value police.uk writes in "Reported by" and "Falls within". */
    public String forceName() {
        return forceName;
    }

    /** GSS code of the police force area (E23…). */
    public String pfaCode() {
        return pfaCode;
    }

    /** The force's prefix in its own references, e.g. {@code WYP} in {@code WYP-DASH-25-000001}. */
    public String referencePrefix() {
        return this == KENT ? "KENT" : "WYP";
    }

    public String pfaName() {
        return pfaName;
    }
}
