package org.opendatasaveslives.odsl.serve.linkeddata;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;

/**
 * Labels, and whether a URI is described, kept across requests for each set of readable graphs (the
 * {@link org.opendatasaveslives.odsl.serve.ReadableDataset#viewKey view key}): a page links many URIs, and looking up
 * their labels was the largest part of rendering it. Only requests that read the same graphs share entries, so a label
 * from a restricted release never reaches a user who may not read it. The served database does not change while the
 * server runs (a build needs it to itself), so entries never go stale. Each set keeps at most {@value #MAX_ENTRIES}
 * entries and starts afresh past that.
 */
final class SharedLabels {
    static final int MAX_ENTRIES = 100_000;

    /** What one set of readable graphs has read: labels, and whether each URI is described. */
    record Entries(Map<Node, Optional<String>> labels, Map<Node, Boolean> described) {
        Entries() {
            this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }

        void keepBounded() {
            if (labels.size() > MAX_ENTRIES) {
                labels.clear();
            }
            if (described.size() > MAX_ENTRIES) {
                described.clear();
            }
        }
    }

    private final Map<Object, Entries> byView = new ConcurrentHashMap<>();

    /** The entries of this view key; fresh, unshared ones for a view that cannot be compared. */
    Entries of(Optional<Object> viewKey) {
        if (viewKey.isEmpty()) {
            return new Entries();
        }
        Entries entries = byView.computeIfAbsent(viewKey.get(), key -> new Entries());
        entries.keepBounded();
        return entries;
    }
}
