package org.opendatasaveslives.odsl.cli;

import org.opendatasaveslives.odsl.store.ReleaseProvenance;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest ("dev" when run from classes). */
public final class OdslVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"ODSL Graph " + ReleaseProvenance.softwareVersion()};
    }
}
