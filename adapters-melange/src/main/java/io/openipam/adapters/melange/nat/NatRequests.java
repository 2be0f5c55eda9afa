package io.openipam.adapters.melange.nat;

import io.openipam.adapters.melange.fault.InvalidValues;
import io.openipam.adapters.melange.http.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the body of a NAT POST: {@code {"ip_addresses": [{"ip_block_id", "ip_address"}, ...]}}, a
 * list at the top level (spec §5.11), so JSON only in practice. Melange failed with a 500 when the
 * list or a key was missing; here that is a 400 naming it ([I], spec §12).
 */
final class NatRequests {

  /** An address of the other side, by its block and its text. */
  record Reference(String blockId, String address) {}

  private NatRequests() {}

  static List<Reference> references(Map<String, Object> document) {
    Object list = document.get("ip_addresses");
    if (list == null) {
      throw InvalidValues.of("ip_addresses", "ip_addresses should be present");
    }
    if (!(list instanceof List<?> items)) {
      throw InvalidValues.of("ip_addresses", "ip_addresses should be a list");
    }
    InvalidValues problems = new InvalidValues();
    List<Reference> references = new ArrayList<>(items.size());
    for (Object item : items) {
      if (!(item instanceof Map<?, ?> fields)) {
        problems.add("ip_addresses", "ip_addresses should hold objects with ip_block_id and ip_address");
        continue;
      }
      @SuppressWarnings("unchecked")
      Params params = new Params((Map<String, Object>) fields);
      String block = required(params, "ip_block_id", problems);
      String address = required(params, "ip_address", problems);
      references.add(new Reference(block, address));
    }
    problems.throwIfAny();
    return references;
  }

  private static String required(Params params, String field, InvalidValues problems) {
    Object sent = params.values().get(field);
    if (sent == null || sent instanceof String text && text.isBlank()) {
      problems.add(field, field + " should be present");
      return null;
    }
    return params.text(field, problems);
  }
}
