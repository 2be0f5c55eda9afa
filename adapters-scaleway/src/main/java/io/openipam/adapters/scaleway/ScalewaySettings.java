package io.openipam.adapters.scaleway;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.Map;

/**
 * The {@code scaleway.*} settings.
 *
 * @param zones Scaleway zone (e.g. {@code fr-par-1}) to core location (e.g. {@code demo-1}); any
 *     other zone is refused
 * @param settleTime how long an attach, detach or MAC change on an attached FIP stays in its
 *     transient status ({@code updating}, {@code detaching}) before it shows as done; 0 for none
 * @param reverseDomain the domain of generated reverse names ({@code 192-0-2-1.<domain>.})
 * @param fipsPerServer how many FIPs one server may carry (spec §1: 64); more is 403 quotas_exceeded
 */
@ConfigurationProperties("scaleway")
public record ScalewaySettings(@Nullable Map<String, String> zones, @Nullable Duration settleTime,
    @Nullable String reverseDomain, @Nullable Integer fipsPerServer) {

  public ScalewaySettings {
    zones = zones == null ? Map.of() : Map.copyOf(zones);
    settleTime = settleTime == null ? Duration.ofSeconds(1) : settleTime;
    if (settleTime.isNegative() || settleTime.compareTo(Duration.ofSeconds(30)) > 0) {
      throw new IllegalArgumentException("scaleway.settle-time must be between 0 and 30s: clients wait at most a minute");
    }
    reverseDomain = reverseDomain == null || reverseDomain.isBlank() ? "rev.openipam.test" : reverseDomain;
    fipsPerServer = fipsPerServer == null ? 64 : fipsPerServer;
    if (fipsPerServer < 1) {
      throw new IllegalArgumentException("scaleway.fips-per-server must be at least 1");
    }
  }
}
