package io.openipam.adapters.scaleway.fip;

import io.micronaut.http.HttpParameters;
import io.openipam.adapters.scaleway.fault.ScalewayError;
import io.openipam.adapters.scaleway.http.Fields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query of ListFlexibleIPs (spec §4.1): filters, ordering and paging. Arrays come as repeated
 * keys; comma-separated values are read too. Different filters combine with AND.
 */
record ListQuery(boolean descending, int page, int pageSize, List<String> tags, Set<String> statuses,
    Set<String> serverIds, String organizationId, String projectId) {

  static final int DEFAULT_PAGE_SIZE = 20;
  static final int MAX_PAGE_SIZE = 100;
  static final Set<String> STATUSES = Set.of("unknown", "ready", "updating", "attached", "error", "detaching", "locked");

  static ListQuery of(HttpParameters parameters) {
    String order = parameters.get("order_by");
    if (order != null && !order.equals("created_at_asc") && !order.equals("created_at_desc")) {
      throw ScalewayError.invalid("order_by", "format", "order_by is created_at_asc or created_at_desc");
    }
    int page = number(parameters.get("page"), "page", 1);
    if (page < 1) {
      throw ScalewayError.invalid("page", "constraint", "page must be greater than 0");
    }
    // Go sends page_size=0 when unset (spec §2.4): the default then.
    int pageSize = number(parameters.get("page_size"), "page_size", 0);
    if (pageSize < 0 || pageSize > MAX_PAGE_SIZE) {
      throw ScalewayError.invalid("page_size", "constraint", "page_size must be between 1 and " + MAX_PAGE_SIZE);
    }
    List<String> statuses = repeated(parameters, "status");
    for (String status : statuses) {
      if (!STATUSES.contains(status)) {
        throw ScalewayError.invalid("status", "format", "unknown status '" + status + "'");
      }
    }
    List<String> servers = repeated(parameters, "server_ids").stream()
        .map(server -> Fields.uuid("server_ids", server)).toList();
    String organization = parameters.get("organization_id");
    String project = parameters.get("project_id");
    return new ListQuery("created_at_desc".equals(order), page, pageSize == 0 ? DEFAULT_PAGE_SIZE : pageSize,
        repeated(parameters, "tags"), Set.copyOf(statuses), Set.copyOf(servers),
        organization == null ? null : Fields.uuid("organization_id", organization),
        project == null ? null : Fields.uuid("project_id", project));
  }

  /** Whether a FIP (as viewed) passes the filters. */
  @SuppressWarnings("unchecked")
  boolean matches(Map<String, Object> fip) {
    return (tags.isEmpty() || ((List<String>) fip.get("tags")).stream().anyMatch(tags::contains))
        && (statuses.isEmpty() || statuses.contains((String) fip.get("status")))
        && (serverIds.isEmpty() || fip.get("server_id") != null && serverIds.contains((String) fip.get("server_id")));
  }

  /** By creation, ties by id (spec §4.1). */
  Comparator<Map<String, Object>> order() {
    Comparator<Map<String, Object>> ascending = Comparator
        .comparing((Map<String, Object> fip) -> (String) fip.get("created_at"), ListQuery::byInstant)
        .thenComparing(fip -> (String) fip.get("id"));
    return descending ? ascending.reversed() : ascending;
  }

  /** The page asked for; a page past the end is empty (spec §6). */
  List<Map<String, Object>> page(List<Map<String, Object>> sorted) {
    long from = (long) (page - 1) * pageSize;
    if (from >= sorted.size()) {
      return List.of();
    }
    return sorted.subList((int) from, (int) Math.min(sorted.size(), from + pageSize));
  }

  private static int byInstant(String a, String b) {
    return Instant.parse(a).compareTo(Instant.parse(b));
  }

  private static int number(String text, String name, int absent) {
    if (text == null || text.isEmpty()) {
      return absent;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw ScalewayError.invalid(name, "format", name + " must be a whole number");
    }
  }

  private static List<String> repeated(HttpParameters parameters, String name) {
    List<String> values = new ArrayList<>();
    for (String value : parameters.getAll(name)) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          values.add(part.strip());
        }
      }
    }
    return values;
  }
}
