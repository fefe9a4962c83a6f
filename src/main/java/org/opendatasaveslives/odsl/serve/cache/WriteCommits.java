package org.opendatasaveslives.odsl.serve.cache;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A count of the write transactions committed on a TDB2 database since it was watched: the version of its data for
 * {@link ResponseCacheFilter}. TDB2 keeps such a count too but does not publish it. The count moves once the commit
 * has finished, so an answer computed while a commit ran is filed under the old version, which no later request asks
 * for.
 */
public final class WriteCommits implements LongSupplier, AutoCloseable {
    private final TransactionCoordinator coordinator;
    private final AtomicLong commits = new AtomicLong();
    private final TransactionListener listener = new TransactionListener() {
        @Override
        public void notifyCommitFinish(Transaction transaction) {
            if (transaction.isWriteTxn()) {
                commits.incrementAndGet();
            }
        }
    };

    private WriteCommits(TransactionCoordinator coordinator) {
        this.coordinator = coordinator;
        // A running coordinator takes new listeners only in exclusive mode: this waits for open transactions to end.
        coordinator.modifyConfig(() -> coordinator.addListener(listener));
    }

    /** Starts counting, for a TDB2 dataset; other datasets do not say when they change. */
    public static Optional<WriteCommits> watch(DatasetGraph dataset) {
        return TDBInternal.isTDB2(dataset)
                ? Optional.of(new WriteCommits(TDBInternal.getTransactionCoordinator(dataset)))
                : Optional.empty();
    }

    @Override
    public long getAsLong() {
        return commits.get();
    }

    /** Stops counting. */
    @Override
    public void close() {
        coordinator.modifyConfig(() -> coordinator.removeListener(listener));
    }
}
