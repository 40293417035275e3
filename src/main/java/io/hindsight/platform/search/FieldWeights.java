package io.hindsight.platform.search;

import java.util.Map;

/**
 * How much a match in each field counts; fields not named here are not searched. The snippet is cut
 * from {@code snippetField} when it matches, else from the longest matching field.
 */
public record FieldWeights(Map<String, Double> weights, String snippetField) {

  public FieldWeights {
    weights = Map.copyOf(weights);
    weights.forEach(
        (field, weight) -> {
          if (!(weight > 0) || weight.isInfinite()) {
            throw new IllegalArgumentException("Field weights are positive: " + field);
          }
        });
  }

  public double of(String field) {
    return weights.getOrDefault(field, 0.0);
  }
}
