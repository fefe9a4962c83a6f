package org.opendatasaveslives.odsl.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One distinct logical source: read once per run; every triples map over it is applied to each record. */
final class SourcePlan {
    final LogicalSourceDef def;
    final List<TriplesMapPlan> maps = new ArrayList<>();
    /** Reference text per slot. */
    final List<String> references = new ArrayList<>();
    /** Reference text → slot. */
    final Map<String, Integer> slots = new LinkedHashMap<>();
    /** Reference text → who uses it (triples map and property), for error messages. */
    final Map<String, String> usedBy = new LinkedHashMap<>();

    SourcePlan(LogicalSourceDef def) {
        this.def = def;
    }

    int slot(String reference, String user) {
        Integer s = slots.get(reference);
        if (s == null) {
            s = references.size();
            references.add(reference);
            slots.put(reference, s);
            usedBy.put(reference, user);
        }
        return s;
    }
}
