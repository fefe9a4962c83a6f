package org.opendatasaveslives.odsl.generate;

/** A file the generator wrote, relative to the output directory (with '/' separators), and its data rows. */
public record GeneratedFile(String relativePath, long rows) {

    @Override
    public String toString() {
        return relativePath + " " + rows + " rows";
    }
}
