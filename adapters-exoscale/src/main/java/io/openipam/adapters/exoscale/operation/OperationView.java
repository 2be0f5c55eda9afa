package io.openipam.adapters.exoscale.operation;

import io.openipam.adapters.exoscale.http.Wire;
import io.openipam.domain.change.Change;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An operation (spec §4.1): {@code id}, {@code state} and {@code reference} always, the
 * reference naming the Elastic IP, so that a client finds the one it created. Every journaled
 * change was applied when it was recorded, so no operation here fails or times out.
 */
record OperationView(Change change, String state) implements Wire {

  static final String PENDING = "pending";
  static final String SUCCESS = "success";

  @Override
  public Map<String, Object> json() {
    String subject = change.subject().value();
    Map<String, Object> reference = new LinkedHashMap<>();
    reference.put("id", subject);
    reference.put("link", "/v2/elastic-ip/" + subject);
    reference.put("command", "get-elastic-ip");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", change.id().value());
    json.put("state", state);
    json.put("reference", reference);
    return json;
  }
}
