package org.opendatasaveslives.odsl.generate;

import java.time.YearMonth;

/** One force's monthly police.uk street-level crime file, e.g. {@code police/2025-01-kent-street.csv}. */
public record PoliceFile(PoliceForce force, YearMonth month) {

    public String relativePath() {
        return "police/" + month + "-" + force.fileSlug() + "-street.csv";
    }
}
