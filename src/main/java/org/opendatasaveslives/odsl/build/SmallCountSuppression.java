package org.opendatasaveslives.odsl.build;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Small-count suppression over cells tied by additive relations (a total and the parts that sum to it).
 * <p>
 * Primary: every count from 1 to {@code threshold - 1} is suppressed; zero is not. Secondary: a relation with exactly
 * one suppressed member would give that member away by subtraction (total minus the other parts, or the parts
 * summed), so its smallest unsuppressed member (ties broken by name, for a reproducible result) is suppressed too, and
 * the relations are revisited until none has exactly one. Then every relation has no unknown or at least two, and no
 * chain of single subtractions can start.
 *
 * @param <C> the cell's name
 */
final class SmallCountSuppression<C extends Comparable<? super C>> {

    /** A total and its parts: {@code cells.get(0)} is the total. */
    record Relation<C>(List<C> cells) {
    }

    /** The cells suppressed for being small and those suppressed to protect them. */
    record Result<C>(Set<C> primary, Set<C> secondary) {
        boolean isSuppressed(C cell) {
            return primary.contains(cell) || secondary.contains(cell);
        }
    }

    private final long threshold;

    SmallCountSuppression(long threshold) {
        this.threshold = threshold;
    }

    Result<C> suppress(Map<C, Long> counts, Collection<Relation<C>> relations) {
        Set<C> primary = new HashSet<>();
        counts.forEach((cell, count) -> {
            if (count > 0 && count < threshold) {
                primary.add(cell);
            }
        });
        Set<C> suppressed = new HashSet<>(primary);
        Comparator<C> smallestFirst = Comparator.<C>comparingLong(counts::get).thenComparing(Comparator.naturalOrder());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Relation<C> relation : relations) {
                if (relation.cells().stream().filter(suppressed::contains).count() == 1) {
                    Optional<C> second = relation.cells().stream().filter(c -> !suppressed.contains(c)).min(smallestFirst);
                    if (second.isPresent()) {
                        suppressed.add(second.get());
                        changed = true;
                    }
                }
            }
        }
        suppressed.removeAll(primary);
        return new Result<>(Set.copyOf(primary), Set.copyOf(suppressed));
    }
}
