package org.opendatasaveslives.odsl.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader of a published table can work out by subtraction: every relation "total = sum of parts" whose members
 * are all known but one gives that one away, and what it gives away may open further relations; repeated until
 * nothing more comes out. Cells are keyed by name; a suppressed cell is one absent from {@code published}.
 */
final class SubtractionAttack {
    /** A total and its parts. */
    record Relation(String total, List<String> parts) {
    }

    private SubtractionAttack() {
    }

    /** The suppressed cells the attack recovers, with the values it finds. */
    static Map<String, Long> recover(Map<String, Long> published, List<Relation> relations) {
        Map<String, Long> known = new HashMap<>(published);
        Map<String, Long> recovered = new HashMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Relation relation : relations) {
                List<String> unknownParts = relation.parts().stream().filter(p -> !known.containsKey(p)).toList();
                long knownParts = relation.parts().stream().filter(known::containsKey).mapToLong(known::get).sum();
                boolean totalKnown = known.containsKey(relation.total());
                String found = null;
                long value = 0;
                if (totalKnown && unknownParts.size() == 1) {
                    found = unknownParts.get(0);
                    value = known.get(relation.total()) - knownParts;
                } else if (!totalKnown && unknownParts.isEmpty()) {
                    found = relation.total();
                    value = knownParts;
                }
                if (found != null) {
                    known.put(found, value);
                    recovered.put(found, value);
                    progress = true;
                }
            }
        }
        return recovered;
    }
}
