package io.openipam.adapters.melange.fault;

import io.openipam.adapters.melange.wire.Document;
import java.util.Map;
import java.util.Set;

/**
 * The body of a Melange Fault: {@code {"NotFound": {"code": 404, "message": ..., "detail": ...}}},
 * in XML {@code <NotFound code="404">}. The root is WebOb's exception class name without
 * {@code HTTP}; the message is WebOb's fixed explanation of the status.
 */
public record FaultBody(int code, String message, String detail) {

  /** WebOb 1.2's names and explanations (406 and 415 inherit the 400 text there). */
  private record Status(String name, String message) {}

  private static final String BAD_REQUEST =
      "The server could not comply with the request since it is either malformed or otherwise incorrect.";

  private static final Map<Integer, Status> STATUSES = Map.of(
      400, new Status("BadRequest", BAD_REQUEST),
      401, new Status("Unauthorized", "This server could not verify that you are authorized to access the document"
          + " you requested.  Either you supplied the wrong credentials (e.g., bad password), or your browser does"
          + " not understand how to supply the credentials required."),
      403, new Status("Forbidden", "Access was denied to this resource."),
      404, new Status("NotFound", "The resource could not be found."),
      406, new Status("NotAcceptable", BAD_REQUEST),
      409, new Status("Conflict", "There was a conflict when trying to complete your request."),
      413, new Status("RequestEntityTooLarge", "The body of your request was too large for this server."),
      415, new Status("UnsupportedMediaType", BAD_REQUEST),
      422, new Status("UnprocessableEntity", "Unable to process the contained instructions"),
      500, new Status("InternalServerError",
          "The server has either erred or is incapable of performing the requested operation."));

  public static Document document(MelangeFault fault) {
    Status status = STATUSES.getOrDefault(fault.status(), STATUSES.get(fault.status() < 500 ? 400 : 500));
    return new Document(status.name(), new FaultBody(fault.status(), status.message(), fault.detail()), null,
        Map.of(status.name(), Set.of("code")));
  }
}
