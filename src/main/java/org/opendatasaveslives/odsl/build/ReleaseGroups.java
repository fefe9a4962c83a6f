package org.opendatasaveslives.odsl.build;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Builds the releases in order and commits them in groups: each release is written whole inside a write transaction,
 * which commits once it holds at least a given number of quads ({@value #GROUP_QUADS} by default) or the releases run
 * out. A TDB2 commit fsyncs every index file: one commit per release cost about 5% of a scale-10 build's time for its
 * 42 releases (docs/performance.md). A release stays all or nothing, and one at least as big as the
 * limit still commits on its own; a kill loses at most the open group, whose releases keep their previous versions.
 * <p>
 * A release that fails after it began writing spoils the shared transaction: it is aborted, and the releases written
 * before it in that group are built again, each in its own transaction. Each release's mapping and validation starts
 * while the one before it is still being written. An outcome is printed once its release is committed (or has failed).
 */
public final class ReleaseGroups {
    /** The default quads after which a group commits: some 8 s of writing, beside which a commit is well under 1%. */
    public static final long GROUP_QUADS = 500_000;

    private final DatasetGraph dsg;
    private final ReleaseBuilder builder;
    private final PrintWriter out;
    private final long groupQuads;

    private final List<ReleaseOutcome> outcomes = new ArrayList<>();
    /** The releases of the open transaction, and those that failed before writing while it was open, in order. */
    private final List<Member> group = new ArrayList<>();
    private long quadsInGroup;

    /** @param groupQuads quads after which a group commits; 1 commits every release on its own */
    ReleaseGroups(DatasetGraph dsg, ReleaseBuilder builder, PrintWriter out, long groupQuads) {
        this.dsg = dsg;
        this.builder = builder;
        this.out = out;
        this.groupQuads = groupQuads;
    }

    /** A release handled while a transaction is open; that transaction holds its quads if it succeeded. */
    private record Member(ReleaseSpec spec, ReleaseOutcome outcome) {
    }

    /** Builds every release; returns their outcomes in catalogue order. */
    List<ReleaseOutcome> buildAll(List<ReleaseSpec> releases) {
        try {
            ReleaseBuilder.PendingRelease next = releases.isEmpty() ? null : builder.start(releases.get(0));
            for (int i = 0; i < releases.size(); i++) {
                ReleaseBuilder.PendingRelease current = next;
                next = i + 1 < releases.size() ? builder.start(releases.get(i + 1)) : null;
                write(current, next == null);
            }
            return outcomes;
        } finally {
            if (dsg.isInTransaction()) {
                dsg.abort();
                dsg.end();
            }
        }
    }

    private void write(ReleaseBuilder.PendingRelease release, boolean last) {
        if (!dsg.isInTransaction()) {
            dsg.begin(TxnType.WRITE);
        }
        ReleaseBuilder.Written written = builder.writeInto(release);
        if (written.spoiled()) {
            dsg.abort();
            dsg.end();
            rebuildOneByOne();
            report(written.outcome());
            return;
        }
        group.add(new Member(release.spec(), written.outcome()));
        quadsInGroup += written.outcome().triples();
        if (last || quadsInGroup >= groupQuads) {
            commit();
        }
    }

    private void commit() {
        long start = System.currentTimeMillis();
        dsg.commit();
        dsg.end();
        long commitMillis = System.currentTimeMillis() - start;
        for (int i = 0; i < group.size(); i++) {
            ReleaseOutcome outcome = group.get(i).outcome();
            // the commit's time goes to the group's last release, so that the releases' times add up to the build's
            report(i == group.size() - 1 ? outcome.plusMillis(commitMillis) : outcome);
        }
        group.clear();
        quadsInGroup = 0;
    }

    /** After an abort: builds again, each in its own transaction, the releases the aborted transaction held. */
    private void rebuildOneByOne() {
        for (Member member : group) {
            report(member.outcome().succeeded()
                ? builder.build(member.spec()).plusMillis(member.outcome().millis())
                : member.outcome());
        }
        group.clear();
        quadsInGroup = 0;
    }

    private void report(ReleaseOutcome outcome) {
        outcomes.add(outcome);
        out.println(outcome.describe());
    }
}
