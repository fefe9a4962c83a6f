package org.opendatasaveslives.odsl.serve.access;

import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.access.DatasetGraphAccessControl;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * SPARQL query under access control: every query sees only the graphs of the user's {@link RoleView} (FROM and
 * FROM NAMED included; see {@link StoreLevelFilter} for how), with the user's {@link QueryLimits}, and a query that
 * could read restricted data gets an {@link AuditLog} entry. It replaces jena-fuseki-access's {@code AccessCtl_SPARQL_QueryDataset}, which
 * gives anonymous users nothing, knows no limits or audit, and filters TDB2 in a way property paths and DESCRIBE
 * bypass.
 */
public final class ControlledQueryService extends SPARQL_QueryDataset {
    /** Response header telling an anonymous client the LIMIT its query was given. */
    public static final String ROW_LIMIT_HEADER = "X-ODSL-Row-Limit";
    private static final String RESULT_COUNT = ControlledQueryService.class.getName() + ".results";

    private final AccessControl access;
    private final QueryLimits limits;
    private final AuditLog audit;

    public ControlledQueryService(AccessControl access, QueryLimits limits, AuditLog audit) {
        this.access = access;
        this.limits = limits;
        this.audit = audit;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        RoleView view = viewOf(action);
        if (!view.readsRestricted() || audit == null) {
            super.execute(queryString, action);
            return;
        }
        long start = System.nanoTime();
        int status = 200;
        try {
            super.execute(queryString, action);
        } catch (ActionErrorException e) {
            status = e.getRC();
            throw e;
        } catch (QueryCancelledException e) {
            status = 503;
            throw e;
        } catch (RuntimeException | Error e) {
            status = 500;
            throw e;
        } finally {
            Object results = action.getRequest().getAttribute(RESULT_COUNT);
            audit.record(view, action.getRequestMethod() + " " + action.getRequestRequestURI(), queryString,
                    results instanceof Long n && status == 200 ? n : -1, status,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
    }

    /**
     * A query or request naming its own dataset (FROM, FROM NAMED, default-graph-uri, named-graph-uri) gets it built
     * from the user's filtered view, so a graph they may not read is an empty graph there, as a missing one is.
     */
    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        DatasetGraph dataset = action.getActiveDSG();
        DatasetDescription description = SPARQLProtocol.getDatasetDescription(action, query);
        if (description == null) {
            return Pair.create(dataset, query);
        }
        DatasetGraph dynamic = DynamicDatasets.dynamicDataset(description, access.readable(viewOf(action)), false);
        if (query.hasDatasetDescription()) {
            query.getGraphURIs().clear();
            query.getNamedGraphURIs().clear();
        }
        return Pair.create(dynamic, query);
    }

    /**
     * A query runs over the store as it is when the user reads every graph; else with jena-fuseki-access's TDB2 filter
     * for the user's view when {@link StoreLevelFilter} allows it, else over the user's {@link ReadableView}; with the
     * user's limits either way.
     */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph target) {
        RoleView view = viewOf(action);
        Query limited = view.isAnonymous() ? capRows(action, query) : query;
        boolean whole = target instanceof DatasetGraphAccessControl;
        boolean storeFilter = whole && !view.readsEverything()
                && DatabaseMgr.isTDB2(DatasetGraphAccessControl.removeWrapper(target))
                && StoreLevelFilter.suits(limited);
        DatasetGraph data;
        if (whole && view.readsEverything()) {
            data = DatasetGraphAccessControl.removeWrapper(target);
        } else if (whole && !storeFilter) {
            data = access.readable(view);
        } else {
            // The store with its filter, or a dataset built by decideDataset (FROM, FROM NAMED) from the user's graphs.
            data = target;
        }
        long timeout = timeoutMillis(action, view);
        QueryExec exec = QueryExec.newBuilder().dataset(data).query(limited).context(action.getContext())
                .initialTimeout(timeout, TimeUnit.MILLISECONDS)
                .overallTimeout(timeout, TimeUnit.MILLISECONDS)
                .build();
        if (storeFilter) {
            view.filterTDB(target, exec);
            QC.setFactory(exec.getContext(), ViewPathExecutor.factory(access.readable(view)));
        }
        return exec;
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        super.sendResults(action, result, prologue);
        action.getRequest().setAttribute(RESULT_COUNT, count(result));
    }

    private Query capRows(HttpAction action, Query query) {
        long cap = limits.anonymousRowLimit();
        action.setResponseHeader(ROW_LIMIT_HEADER, Long.toString(cap));
        if (query.hasLimit() && query.getLimit() <= cap) {
            return query;
        }
        Query capped = query.cloneQuery();
        capped.setLimit(cap);
        return capped;
    }

    private long timeoutMillis(HttpAction action, RoleView view) {
        long server = limits.timeoutFor(view).toMillis();
        String requested = action.getRequestParameter("timeout");
        if (requested != null) {
            try {
                long millis = (long) (Double.parseDouble(requested) * 1000);
                if (millis > 0) {
                    return Math.min(server, millis);
                }
            } catch (NumberFormatException e) {
                // Fuseki ignores a timeout it cannot read; so does this.
            }
        }
        return server;
    }

    private static long count(QueryExecResult result) {
        if (result.isRowSet()) {
            return result.rowSet().getRowNumber();
        }
        if (result.isGraph()) {
            return result.graph().size();
        }
        if (result.isDataset()) {
            return Iter.count(result.dataset().find());
        }
        return result.isBoolean() ? 1 : -1;
    }

    private RoleView viewOf(HttpAction action) {
        return access.viewFor(action.getUser());
    }
}
