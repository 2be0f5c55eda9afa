package io.openipam.adapters.scaleway.http;

/**
 * A JSON document a route answers (maps, lists, strings, numbers, booleans, nulls), written by
 * {@link ScalewayResponses}. Nulls are written as {@code null}, not left out: Scaleway sends
 * {@code "server_id": null} (spec §2.3).
 */
public record Json(Object value) {

  /** Exactly this, no charset (spec §2.3). */
  public static final String MEDIA_TYPE = "application/json";

  /** Where this facade answers. */
  public static final String PATHS = "/flexible-ip/**";
}
