package org.opendatasaveslives.odsl.serve.access;

import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.access.AccessCtl_GSP_R;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Graph Store Protocol read under access control (jena-fuseki-access's {@link AccessCtl_GSP_R}: a graph the user may
 * not read answers 404 like a missing one), writing an {@link AuditLog} entry for each read by a user who can read
 * restricted releases: the route, the graph asked for as the "query", and the triples or quads sent.
 */
public final class AuditedGraphStore extends AccessCtl_GSP_R {
    private static final String VIEW = AuditedGraphStore.class.getName() + ".view";

    private final AccessControl access;
    private final AuditLog audit;

    public AuditedGraphStore(AccessControl access, AuditLog audit) {
        super(access.requestUser());
        this.access = access;
        this.audit = audit;
    }

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph view = super.decideDataset(action);
        action.getRequest().setAttribute(VIEW, view);
        return view;
    }

    @Override
    protected void doGet(HttpAction action) {
        RoleView view = access.viewFor(action.getUser());
        if (audit == null || !view.readsRestricted()) {
            super.doGet(action);
            return;
        }
        long start = System.nanoTime();
        int status = 200;
        try {
            super.doGet(action);
        } catch (ActionErrorException e) {
            status = e.getRC();
            throw e;
        } catch (RuntimeException | Error e) {
            status = 500;
            throw e;
        } finally {
            String target = action.getRequestQueryString() == null ? "" : "?" + action.getRequestQueryString();
            audit.record(view, "GET " + action.getRequestRequestURI(), "graph store read " + target,
                    status == 200 ? sent(action) : -1, status, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
    }

    // Counts what the response held; a second pass over the data, paid only by audited reads.
    private static long sent(HttpAction action) {
        Object attribute = action.getRequest().getAttribute(VIEW);
        if (!(attribute instanceof DatasetGraph dataset)) {
            return -1;
        }
        String graph = action.getRequestParameter("graph");
        return Txn.calculateRead(dataset, () -> {
            if (graph == null) {
                return Iter.count(dataset.find());
            }
            Graph target = Quad.unionGraph.getURI().equals(graph)
                    ? dataset.getUnionGraph() : dataset.getGraph(NodeFactory.createURI(graph));
            return (long) target.size();
        });
    }
}
