package io.openipam.adapters.melange.block;

import io.openipam.adapters.melange.fault.InvalidValues;
import io.openipam.adapters.melange.http.Params;
import io.openipam.application.port.in.DefineStaticRoutes.RouteSpec;

/**
 * Reads {@code {"ip_route": {destination, gateway, netmask}}} (spec §5.4): any text Melange took,
 * unchecked in form; destination and gateway are required on create; {@code source_block_id} is
 * ignored, the block is the URL's.
 */
final class RouteRequests {

  private static final int TEXT_LIMIT = 255;

  private RouteRequests() {}

  static RouteSpec newRoute(Params params) {
    return read(params, true);
  }

  /** The fields sent; those not sent stay as they are. */
  static RouteSpec changes(Params params) {
    return read(params, false);
  }

  private static RouteSpec read(Params params, boolean create) {
    InvalidValues problems = new InvalidValues();
    String destination = text(params, "destination", create, problems);
    String gateway = text(params, "gateway", create, problems);
    String netmask = text(params, "netmask", false, problems);
    problems.throwIfAny();
    return new RouteSpec(destination, netmask, gateway);
  }

  private static String text(Params params, String field, boolean required, InvalidValues problems) {
    Object sent = params.values().get(field);
    if (required && (sent == null || sent instanceof String text && text.isBlank())) {
      problems.add(field, field + " should be present");
    }
    String value = params.text(field, problems);
    if (value != null && value.length() > TEXT_LIMIT) {
      problems.add(field, field + " should be at most " + TEXT_LIMIT + " characters");
      return null;
    }
    return value;
  }
}
