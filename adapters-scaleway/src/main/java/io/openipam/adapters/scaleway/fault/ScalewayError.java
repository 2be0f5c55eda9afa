package io.openipam.adapters.scaleway.fault;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error as Scaleway answers it (spec §8.1): a status and a JSON body with {@code type},
 * {@code message} and the fields the SDKs need to build their typed errors.
 */
public final class ScalewayError extends RuntimeException {

  private final int status;
  private final Map<String, Object> body;

  private ScalewayError(int status, String type, String message, Map<String, Object> fields) {
    super(message, null, false, false);
    this.status = status;
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("type", type);
    all.put("message", message);
    all.putAll(fields);
    this.body = Map.copyOf(all);
  }

  public int status() {
    return status;
  }

  public Map<String, Object> body() {
    return body;
  }

  /** 400; {@code reason} is one of {@code unknown}, {@code required}, {@code format}, {@code constraint}. */
  public static ScalewayError invalid(String argument, String reason, String help) {
    return new ScalewayError(400, "invalid_arguments", "invalid argument(s)", Map.of("details",
        List.of(Map.of("argument_name", argument, "reason", reason, "help_message", help))));
  }

  /** 401; {@code reason}: {@code invalid_argument} for a missing or malformed key, {@code not_found} for an unknown one. */
  public static ScalewayError deniedAuthentication(String reason) {
    return new ScalewayError(401, "denied_authentication", "authentication is denied",
        Map.of("method", "api_key", "reason", reason));
  }

  /** 403; {@code action} is {@code read} or {@code write}. */
  public static ScalewayError permissionsDenied(String action) {
    return new ScalewayError(403, "permissions_denied", "insufficient permissions",
        Map.of("details", List.of(Map.of("resource", "flexible-ip", "action", action))));
  }

  public static ScalewayError notFound(String resource, String id) {
    return new ScalewayError(404, "not_found", "resource is not found", Map.of("resource", resource,
        "resource_id", id));
  }

  public static ScalewayError transientState(String resource, String id, String state) {
    return new ScalewayError(409, "transient_state", "resource is in a transient state",
        Map.of("resource", resource, "resource_id", id, "current_state", state));
  }

  public static ScalewayError preconditionFailed(String precondition, String help) {
    return new ScalewayError(412, "precondition_failed", "precondition is not respected",
        Map.of("precondition", precondition, "help_message", help));
  }

  /** 403 [I: spec §8.1]; the details carry what the JS SDK needs for its QuotasExceededError. */
  public static ScalewayError quotasExceeded(String resource, long quota, long current) {
    return new ScalewayError(403, "quotas_exceeded", "quota(s) exceeded for this resource",
        Map.of("details", List.of(Map.of("resource", resource, "quota", quota, "current", current))));
  }

  public static ScalewayError outOfStock(String resource) {
    return new ScalewayError(412, "out_of_stock", "resource is out of stock", Map.of("resource", resource));
  }

  /** Errors Scaleway has no typed body for (unknown route, wrong verb, media type, size, our own failures). */
  public static ScalewayError plain(int status, String type, String message) {
    return new ScalewayError(status, type, message, Map.of());
  }
}
