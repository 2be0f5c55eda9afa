package io.openipam.adapters.exoscale.auth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.openipam.adapters.exoscale.fault.ExoscaleError;
import io.openipam.adapters.exoscale.http.RawBodies;
import io.openipam.adapters.exoscale.zone.Zone;
import io.openipam.adapters.exoscale.zone.Zones;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;

/**
 * Who is calling: every Elastic IP and operation route requires an EXO2-HMAC-SHA256 signature,
 * over the path as sent (with its {@code /v2}) and the raw body. Any failure is 403 with one
 * message (spec §5.3), whichever part was wrong.
 */
@Singleton
public class Callers {

  static final String INVALID_SIGNATURE = "Invalid request signature";

  private final Zones zones;
  private final SignatureCheck signatures;

  public Callers(Zones zones, SignatureCheck signatures) {
    this.zones = zones;
    this.signatures = signatures;
  }

  public Caller of(HttpRequest<?> request) {
    Zone zone = zones.of(request);
    byte[] body = RawBodies.of(request);
    Principal principal = signatures.verify(new SignatureCheck.SignedRequest(
            request.getHeaders().get(HttpHeaders.AUTHORIZATION), request.getMethodName(),
            request.getUri().getRawPath(), request.getUri().getRawQuery(), body))
        .orElseThrow(() -> new ExoscaleError(403, INVALID_SIGNATURE));
    return new Caller(principal, zone, body);
  }
}
