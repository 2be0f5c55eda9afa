package io.openipam.adapters.exoscale.eip;

import io.openipam.adapters.exoscale.fault.ExoscaleError;
import io.openipam.adapters.exoscale.http.Fields;
import io.openipam.adapters.exoscale.http.Uuids;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.AmendAllocation;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.HealthCheck;
import io.openipam.domain.allocation.Labels;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the bodies of create, update, attach and detach (spec §2.5, §2.6, §8), checking what
 * the schema says before anything reaches the core. Unknown fields are ignored.
 */
final class ElasticIpRequests {

  static final int DESCRIPTION_LENGTH = 255;

  private ElasticIpRequests() {}

  record NewElasticIp(AddressFamily family, AllocationDetails details) {}

  static NewElasticIp create(Fields body) {
    AddressFamily family = body.has("addressfamily") ? AddressFamily.parse(body.string("addressfamily"))
        : AddressFamily.INET4;
    String description = description(body);
    HealthCheck healthCheck = healthCheck(body.object("healthcheck"));
    Labels labels = labels(body);
    return new NewElasticIp(family, new AllocationDetails(null, null, null,
        description == null || description.isEmpty() ? null : description, labels, null, healthCheck));
  }

  /**
   * Absent fields stay as they are; {@code labels} replaces the whole map; {@code description: ""}
   * clears it. A health check cannot be added to a manual Elastic IP (spec §2.6, §9.6).
   */
  static AmendAllocation.Amendment update(Fields body, Allocation current) {
    String description = description(body);
    HealthCheck healthCheck = healthCheck(body.object("healthcheck"));
    if (healthCheck != null && current.healthCheck() == null) {
      throw ExoscaleError.badRequest("A healthcheck can not be added to an unmanaged Elastic IP");
    }
    return new AmendAllocation.Amendment(
        description == null ? null : Optional.of(description).filter(text -> !text.isEmpty()),
        labels(body),
        null,
        healthCheck == null ? null : Optional.of(healthCheck),
        null);
  }

  /** The instance of {@code {"instance": {"id": "<uuid>"}}}, required. */
  static String instance(Fields body) {
    Fields instance = body.object("instance");
    if (instance == null) {
      throw ExoscaleError.badRequest("Invalid request: missing 'instance'");
    }
    String id = instance.string("id");
    if (id == null) {
      throw ExoscaleError.badRequest("Invalid request: missing 'instance.id'");
    }
    return Uuids.of(id, "instance.id");
  }

  private static String description(Fields body) {
    String description = body.string("description");
    if (description != null && description.length() > DESCRIPTION_LENGTH) {
      throw body.invalid("description", "should be at most " + DESCRIPTION_LENGTH + " characters");
    }
    return description;
  }

  private static Labels labels(Fields body) {
    return body.has("labels") ? Labels.of(body.strings("labels")) : null;
  }

  /** Mode and port required; unset tunables take the API defaults (spec §2.3), the core's own. */
  static HealthCheck healthCheck(Fields check) {
    if (check == null) {
      return null;
    }
    String mode = check.string("mode");
    if (mode == null) {
      throw check.invalid("mode", "a healthcheck needs a mode");
    }
    HealthCheck.Mode parsed = switch (mode) {
      case "tcp", "http", "https" -> HealthCheck.Mode.valueOf(mode.toUpperCase(Locale.ROOT));
      default -> throw ExoscaleError.notOneOf(mode, "healthcheck.mode", "Health check mode", "tcp", "http", "https");
    };
    return HealthCheck.of(parsed, check.integer("port"), check.integer("interval"), check.integer("timeout"),
        check.integer("strikes-ok"), check.integer("strikes-fail"), check.string("uri"), check.string("tls-sni"),
        check.bool("tls-skip-verify"));
  }
}
