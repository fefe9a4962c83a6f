package org.opendatasaveslives.odsl.cli;

import java.nio.file.Path;

/**
 * The project folder holding ontology/, shapes/, mappings/, queries/ and catalogs/: {@code $ODSL_HOME} (the
 * {@code ./odsl} launcher sets it to the checkout) or else the current folder.
 */
final class ProjectHome {
    private ProjectHome() {
    }

    static Path get() {
        String home = System.getenv("ODSL_HOME");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }
}
