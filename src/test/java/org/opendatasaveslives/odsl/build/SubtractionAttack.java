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

    /**
     * The suppressed cells that the relations, solved together as a system of linear equations, determine uniquely: a
     * stronger attack than repeated subtraction. An unknown is determined when its unit vector lies in the row space
     * of the system's coefficients (the published values only move to the right-hand side), i.e. when, in reduced
     * row echelon form, some row has its pivot on that unknown and no other entry.
     */
    static java.util.Set<String> determinedBySolvingTogether(Map<String, Long> published, List<Relation> relations) {
        Map<String, Integer> column = new HashMap<>();
        List<double[]> rows = new java.util.ArrayList<>();
        for (Relation relation : relations) {
            for (String cell : relation.parts()) {
                if (!published.containsKey(cell)) {
                    column.putIfAbsent(cell, column.size());
                }
            }
            if (!published.containsKey(relation.total())) {
                column.putIfAbsent(relation.total(), column.size());
            }
        }
        for (Relation relation : relations) {
            double[] row = new double[column.size()];
            boolean any = false;
            if (!published.containsKey(relation.total())) {
                row[column.get(relation.total())] += 1;
                any = true;
            }
            for (String part : relation.parts()) {
                if (!published.containsKey(part)) {
                    row[column.get(part)] -= 1;
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        double[][] m = rows.toArray(new double[0][]);
        int pivotRow = 0;
        int[] pivotOfRow = new int[m.length];
        for (int col = 0; col < column.size() && pivotRow < m.length; col++) {
            int best = pivotRow;
            for (int r = pivotRow + 1; r < m.length; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[best][col])) {
                    best = r;
                }
            }
            if (Math.abs(m[best][col]) < 1e-9) {
                continue;
            }
            double[] swap = m[best];
            m[best] = m[pivotRow];
            m[pivotRow] = swap;
            double pivot = m[pivotRow][col];
            for (int c = 0; c < column.size(); c++) {
                m[pivotRow][c] /= pivot;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != pivotRow && Math.abs(m[r][col]) > 1e-12) {
                    double factor = m[r][col];
                    for (int c = 0; c < column.size(); c++) {
                        m[r][c] -= factor * m[pivotRow][c];
                    }
                }
            }
            pivotOfRow[pivotRow] = col;
            pivotRow++;
        }
        java.util.Set<String> determined = new java.util.TreeSet<>();
        for (int r = 0; r < pivotRow; r++) {
            int nonZero = 0;
            for (double v : m[r]) {
                if (Math.abs(v) > 1e-9) {
                    nonZero++;
                }
            }
            if (nonZero == 1) {
                int col = pivotOfRow[r];
                column.forEach((cell, c) -> {
                    if (c == col) {
                        determined.add(cell);
                    }
                });
            }
        }
        return determined;
    }
}
