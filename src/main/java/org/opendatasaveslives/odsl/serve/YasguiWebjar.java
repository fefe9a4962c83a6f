package org.opendatasaveslives.odsl.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Locates the YASGUI build inside the {@code org.webjars.npm:zazuko__yasgui} webjar, whose folder names the version,
 * so that a version bump in the pom needs no code change.
 */
final class YasguiWebjar {
    private static final String POM_PROPERTIES = "META-INF/maven/org.webjars.npm/zazuko__yasgui/pom.properties";

    private YasguiWebjar() {
    }

    /** The classpath folder holding {@code yasgui.min.js} and {@code yasgui.min.css}, ending in {@code /}. */
    static String buildFolder() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("The YASGUI webjar (org.webjars.npm:zazuko__yasgui) is not on the classpath:"
                        + " " + POM_PROPERTIES + " is missing");
            }
            Properties properties = new Properties();
            properties.load(in);
            String folder = "META-INF/resources/webjars/zazuko__yasgui/" + properties.getProperty("version") + "/build/";
            if (loader.getResource(folder + "yasgui.min.js") == null) {
                throw new IllegalStateException("The YASGUI webjar has no " + folder + "yasgui.min.js");
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + POM_PROPERTIES + ": " + e.getMessage(), e);
        }
    }
}
