package org.opendatasaveslives.odsl.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * Everything the graph says about one area and the places within it (#GiveTheDataBack): the area and every area
 * {@code odsl:within} it, transitively; then every resource that refers to one of those areas (observations by
 * {@code sdmx-dimension:refArea}, crimes by {@code odsl:lsoa}, organisations by {@code odsl:coversArea} or
 * {@code odsl:localAuthority}, councils by {@code odsl:governsArea}, ...), each with all its statements and the blank
 * nodes they lead to. Reads only what the dataset given shows, so a view without restricted graphs gives open data
 * only.
 */
public final class AreaExtract {
    public static final String AREA_BASE = "http://statistics.data.gov.uk/id/statistical-geography/";
    private static final Pattern GSS_CODE = Pattern.compile("[A-Z][0-9]{8}");
    private static final Node WITHIN = Odsl.term("within");

    private final DatasetGraph dsg;

    public AreaExtract(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Whether the text has the form of a GSS code: a letter and eight digits, such as E08000035. */
    public static boolean isGssCode(String code) {
        return code != null && GSS_CODE.matcher(code).matches();
    }

    public static Node area(String gssCode) {
        return NodeFactory.createURI(AREA_BASE + gssCode);
    }

    /** Whether the dataset describes the area (has any statement about it). */
    public boolean knows(String gssCode) {
        Node area = area(gssCode);
        return Txn.calculateRead(dsg, () -> {
            Iterator<Quad> any = dsg.find(Node.ANY, area, Node.ANY, Node.ANY);
            try {
                return any.hasNext();
            } finally {
                Iter.close(any);
            }
        });
    }

    /**
     * Streams the extract as quads (each in the graph it came from) and returns how many were sent. Call
     * {@link #knows} first: an unknown area gives an empty extract.
     */
    public long writeTo(String gssCode, StreamRDF out) {
        return Txn.calculateRead(dsg, () -> {
            Set<Node> areas = areasWithin(area(gssCode));
            Set<Node> subjects = new LinkedHashSet<>(areas);
            for (Node area : areas) {
                each(dsg.find(Node.ANY, Node.ANY, Node.ANY, area), q -> subjects.add(q.getSubject()));
            }
            long[] sent = {0};
            Set<Node> blanks = new LinkedHashSet<>();
            Deque<Node> todo = new ArrayDeque<>(subjects);
            while (!todo.isEmpty()) {
                Node subject = todo.pop();
                each(dsg.find(Node.ANY, subject, Node.ANY, Node.ANY), q -> {
                    out.quad(q);
                    sent[0]++;
                    if (q.getObject().isBlank() && blanks.add(q.getObject())) {
                        todo.push(q.getObject());
                    }
                });
            }
            return sent[0];
        });
    }

    /** The area and all areas within it, following {@code odsl:within} backwards in every graph. */
    private Set<Node> areasWithin(Node top) {
        Set<Node> found = new LinkedHashSet<>();
        found.add(top);
        Deque<Node> todo = new ArrayDeque<>(found);
        while (!todo.isEmpty()) {
            Node area = todo.pop();
            each(dsg.find(Node.ANY, Node.ANY, WITHIN, area), q -> {
                if (found.add(q.getSubject())) {
                    todo.push(q.getSubject());
                }
            });
        }
        return found;
    }

    private static void each(Iterator<Quad> quads, Consumer<Quad> action) {
        try {
            quads.forEachRemaining(action);
        } finally {
            Iter.close(quads);
        }
    }
}
