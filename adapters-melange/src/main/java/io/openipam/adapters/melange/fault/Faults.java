package io.openipam.adapters.melange.fault;

import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.IpamException;
import io.openipam.domain.error.NotFound;

/**
 * The one place that says which Melange Fault answers an error: the core's typed exceptions
 * (with their reasons) and the framework's own errors (no route, wrong verb, body too large...).
 * Statuses and detail texts are Melange's (spec §2.7, §6.1, §8), so clients that match on them
 * keep working.
 */
public final class Faults {

  private Faults() {}

  /**
   * The fault for an error response of {@code status} caused by {@code error} (null if the
   * framework answered without one): our own faults as they are, the core's translated, anything
   * else by its status.
   */
  public static MelangeFault of(Throwable error, int status) {
    return switch (error) {
      case MelangeFault fault -> fault;
      case IpamException core -> of(core);
      case null, default -> ofFramework(status);
    };
  }

  public static MelangeFault of(IpamException error) {
    return switch (error) {
      case NotFound notFound -> MelangeFault.notFound(notFoundDetail(notFound));
      case Conflict conflict -> ofConflict(conflict);
      case Exhausted exhausted -> MelangeFault.unprocessable(switch (exhausted.scope()) {
        case POOL -> "IpBlock is full";
        case NETWORK -> "ip blocks in this network are full";
        case LOCATION -> exhausted.getMessage();
        case MAC_RANGES -> "No more mac Addresses";
      });
      case Invalid invalid -> ofInvalid(invalid);
      case Forbidden forbidden -> new MelangeFault(403, forbidden.getMessage());
    };
  }

  /**
   * An error the framework answered before or instead of a Melange route. Melange answered a
   * wrong verb on a known path with 404, not 405 (spec §3.5); the others keep their status.
   */
  static MelangeFault ofFramework(int status) {
    return switch (status) {
      case 405 -> MelangeFault.notFound(null);
      case 415 -> new MelangeFault(415, "Unsupported Content-Type");
      case 400 -> new MelangeFault(400, "Malformed request body");
      default -> new MelangeFault(status, null);
    };
  }

  private static String notFoundDetail(NotFound notFound) {
    return switch (notFound.kind()) {
      case POOL -> "IpBlock Not Found";
      case ALLOCATION -> "IpAddress Not Found";
      case POLICY -> "Policy Not Found";
      case UNUSABLE_RANGE -> "IpRange Not Found";
      case UNUSABLE_OCTET -> "IpOctet Not Found";
      case STATIC_ROUTE -> "IpRoute Not Found";
      case NETWORK -> "Network " + notFound.id() + " not found";
      case LOCATION -> notFound.getMessage();
      case INTERFACE -> "Interface Not Found";
      case MAC_RANGE -> "MacAddressRange Not Found";
    };
  }

  private static MelangeFault ofConflict(Conflict conflict) {
    return switch (conflict.reason()) {
      case ADDRESS_TAKEN, ADDRESS_RESERVED -> new MelangeFault(409, "Address is already allocated");
      // Subdividing a block that has handed out addresses is a validation error in Melange.
      case POOL_HAS_ALLOCATIONS -> InvalidValues.of("parent_id", "parent is not subnettable since it has allocated ips");
      case POOL_HAS_SUBPOOLS -> MelangeFault.unprocessable("Subnetted block cannot allocate IPAddress");
      case STALE_VERSION, CONCURRENT_CHANGE, ATTACHED, WRONG_STATE, RETENTION_EXPIRED ->
          new MelangeFault(409, conflict.getMessage());
      // Melange raised these as a validation error and a failed save, both 400 (spec §6.6, §8).
      case INTERFACE_TAKEN -> new MelangeFault(400, "Virtual Interface " + conflict.subject() + " already exists");
      case MAC_TAKEN -> new MelangeFault(400, "Failed to save MacAddress because: " + conflict.getMessage());
      case INTERFACE_ON_OTHER_NETWORK ->
          MelangeFault.unprocessable("Interface " + conflict.subject() + " is configured on another network");
    };
  }

  private static MelangeFault ofInvalid(Invalid invalid) {
    String field = melangeField(invalid.field());
    return switch (invalid.reason()) {
      case ADDRESS_OUTSIDE_POOL -> MelangeFault.unprocessable("Address does not belong to IpBlock");
      case ADDRESS_EXCLUDED_BY_POLICY -> MelangeFault.unprocessable("Block policy does not allow this address");
      case OVERLAPS_PUBLIC_POOL -> InvalidValues.of("cidr", "cidr overlaps with public block " + invalid.subject());
      case OVERLAPS_NETWORK_POOL ->
          InvalidValues.of("cidr", "cidr overlaps with block " + invalid.subject() + " in same network");
      case OUTSIDE_PARENT -> InvalidValues.of("cidr", "cidr should be within parent block's cidr");
      case OVERLAPS_SIBLING -> InvalidValues.of("cidr", "cidr overlaps with sibling " + invalid.subject());
      case VISIBILITY_MISMATCH -> InvalidValues.of("type", "type should be same within a network");
      case NETWORK_MISMATCH -> InvalidValues.of("network_id", "network_id should be same as that of parent");
      // Usually caught while reading the request; this covers a policy deleted in between.
      case UNKNOWN_REFERENCE -> "policy".equals(invalid.field())
          ? InvalidValues.of("policy_id", "Policy with id = '" + invalid.subject() + "' doesn't exist")
          : InvalidValues.of(field, invalid.getMessage());
      case MALFORMED, FAMILY_MISMATCH, PREFIX_NOT_ALIGNED -> InvalidValues.of(field, invalid.getMessage());
    };
  }

  /** The core's field names in Melange's words. */
  private static String melangeField(String coreField) {
    if (coreField == null) {
      return "base";
    }
    return switch (coreField) {
      case "prefix" -> "cidr";
      case "visibility" -> "type";
      case "network" -> "network_id";
      case "policy" -> "policy_id";
      case "parent" -> "parent_id";
      case "tenant" -> "tenant_id";
      default -> coreField;
    };
  }
}
