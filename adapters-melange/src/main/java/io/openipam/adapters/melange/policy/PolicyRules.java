package io.openipam.adapters.melange.policy;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Pages through a policy's ranges or octets as read with the policy, in Melange's id order. */
final class PolicyRules {

  private PolicyRules() {}

  static <T> List<T> after(List<T> rules, Function<T, String> id, String afterId, int limit) {
    return rules.stream()
        .filter(rule -> afterId == null || id.apply(rule).compareTo(afterId) > 0)
        .sorted(Comparator.comparing(id))
        .limit(limit)
        .toList();
  }
}
