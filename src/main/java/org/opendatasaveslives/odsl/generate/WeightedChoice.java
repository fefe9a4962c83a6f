package org.opendatasaveslives.odsl.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Picks values at random in proportion to fixed weights. */
final class WeightedChoice<T> {

    private final List<T> values;
    private final double[] cumulativeWeights;

    private WeightedChoice(List<T> values, double[] cumulativeWeights) {
        this.values = List.copyOf(values);
        this.cumulativeWeights = cumulativeWeights;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    T pick(Random random) {
        double total = cumulativeWeights[cumulativeWeights.length - 1];
        int index = Arrays.binarySearch(cumulativeWeights, random.nextDouble() * total);
        // binarySearch returns -(insertion point) - 1 when the draw falls strictly between two cumulative weights.
        return values.get(index >= 0 ? index + 1 : -index - 1);
    }

    static final class Builder<T> {
        private final List<T> values = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(T value, double weight) {
            if (!(weight > 0)) {
                throw new IllegalArgumentException("Weight of " + value + " must be positive, got " + weight);
            }
            values.add(value);
            weights.add(weight);
            return this;
        }

        WeightedChoice<T> build() {
            if (values.isEmpty()) {
                throw new IllegalStateException("A weighted choice needs at least one value");
            }
            double[] cumulative = new double[weights.size()];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += weights.get(i);
                cumulative[i] = sum;
            }
            return new WeightedChoice<>(values, cumulative);
        }
    }
}
