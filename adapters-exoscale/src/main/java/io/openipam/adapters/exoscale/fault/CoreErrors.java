package io.openipam.adapters.exoscale.fault;

import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.IpamException;
import io.openipam.domain.error.NotFound;

/**
 * The one place that says which Exoscale error answers an error: the core's exceptions and the
 * framework's own (no route, wrong verb...). Deterministic failures are 4xx, never 5xx: Go
 * clients retry a 5xx four times before they show anything (spec §6.2).
 */
public final class CoreErrors {

  /** Exoscale's own text for deleting an attached Elastic IP (spec §6.3), verbatim. */
  static final String ATTACHED = "Allocated IP address can't be deleted";

  private CoreErrors() {}

  public static ExoscaleError of(IpamException error) {
    return switch (error) {
      case NotFound notFound -> switch (notFound.kind()) {
        case ALLOCATION -> ExoscaleError.notFound("Elastic IP " + notFound.id() + " not found");
        // The zone has no public pool of that kind: a request the zone cannot serve, not a missing resource.
        case LOCATION -> ExoscaleError.badRequest("No Elastic IP of this address family can be created in this zone");
        default -> ExoscaleError.notFound(notFound.getMessage());
      };
      case Conflict conflict -> switch (conflict.reason()) {
        case ATTACHED -> ExoscaleError.badRequest(ATTACHED);
        default -> new ExoscaleError(409, conflict.getMessage());
      };
      case Exhausted exhausted -> ExoscaleError.badRequest("No Elastic IP address is left in this zone");
      case Invalid invalid -> ExoscaleError.badRequest(invalid.field() == null ? "Invalid request: " + invalid.getMessage()
          : "Invalid value at '" + invalid.field() + "': " + invalid.getMessage());
      case Forbidden forbidden -> new ExoscaleError(403, forbidden.getMessage());
    };
  }

  /** An error the framework answered before or instead of a route of ours, by its status. */
  public static ExoscaleError ofFramework(int status) {
    return switch (status) {
      case 404 -> ExoscaleError.notFound("Not found");
      case 405 -> new ExoscaleError(405, "Method not allowed");
      case 413 -> new ExoscaleError(413, "Request body too large");
      case 415 -> new ExoscaleError(415, "Unsupported content type");
      case 400 -> ExoscaleError.badRequest("Invalid request");
      default -> new ExoscaleError(status, status >= 500 ? "Internal error" : "Invalid request");
    };
  }
}
