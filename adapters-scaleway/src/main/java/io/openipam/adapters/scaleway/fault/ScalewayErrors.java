package io.openipam.adapters.scaleway.fault;

import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.IpamException;
import io.openipam.domain.error.NotFound;

/**
 * The one place that says which Scaleway error answers what went wrong: the core's exceptions
 * (spec §8.2) and the framework's own errors on this facade's paths.
 */
public final class ScalewayErrors {

  private ScalewayErrors() {}

  /** Our own errors as they are, the core's translated, anything else by the status the framework chose. */
  public static ScalewayError of(Throwable error, int status, String method, String path) {
    return switch (error) {
      case ScalewayError scaleway -> scaleway;
      case IpamException core -> of(core);
      case null, default -> ofFramework(status, method, path);
    };
  }

  public static ScalewayError of(IpamException error) {
    return switch (error) {
      case NotFound notFound -> switch (notFound.kind()) {
        // The zone's location has no public pool of the family asked for, or it went away meanwhile.
        case LOCATION, POOL -> ScalewayError.outOfStock("ip");
        default -> ScalewayError.notFound("flexible_ip", notFound.id());
      };
      case Exhausted exhausted -> ScalewayError.outOfStock("ip");
      case Conflict conflict -> switch (conflict.reason()) {
        // Changed by another request meanwhile: as a change under way, which clients wait out and retry.
        case STALE_VERSION, CONCURRENT_CHANGE -> ScalewayError.transientState("flexible_ip",
            conflict.subject() == null ? "" : conflict.subject(), "updating");
        case ADDRESS_TAKEN -> ScalewayError.outOfStock("mac_address");
        default -> ScalewayError.preconditionFailed("unknown_precondition", conflict.getMessage());
      };
      case Invalid invalid -> ScalewayError.invalid(argument(invalid.field()), "constraint", invalid.getMessage());
      case Forbidden forbidden -> ScalewayError.permissionsDenied("read");
    };
  }

  static ScalewayError ofFramework(int status, String method, String path) {
    return switch (status) {
      case 404 -> ScalewayError.notFound("route", method + " " + path);
      case 405 -> ScalewayError.plain(405, "method_not_allowed", method + " is not allowed on " + path);
      case 400 -> ScalewayError.invalid("body", "format", "the request is malformed");
      case 413 -> ScalewayError.plain(413, "request_too_large", "the request body is too large");
      case 415 -> ScalewayError.plain(415, "unsupported_media_type", "send JSON: Content-Type application/json");
      default -> status < 500
          ? ScalewayError.plain(status, "invalid_request", "the request was refused")
          : ScalewayError.plain(status, "internal_error", "the server failed; the request may be retried");
    };
  }

  /** The core's field names in this API's words. */
  private static String argument(String field) {
    if (field == null) {
      return "body";
    }
    return switch (field) {
      case "reverse_dns" -> "reverse";
      case "labels" -> "tags";
      case "attachment", "device" -> "server_id";
      default -> field;
    };
  }
}
