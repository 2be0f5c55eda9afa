package io.openipam.adapters.scaleway.fip;

import io.openipam.adapters.scaleway.ScalewaySettings;
import io.openipam.adapters.scaleway.auth.Callers;
import io.openipam.adapters.scaleway.auth.Project;
import io.openipam.adapters.scaleway.fault.ScalewayError;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;

/**
 * Spec §1/§4.6: a server carries at most {@code scaleway.fips-per-server} FIPs (64); an attach that
 * would put more on it is 403 {@code quotas_exceeded} [I], counted over the FIPs the key reaches
 * in the zone. A soft limit: two attaches at once on two processes may each pass it by one.
 */
@Singleton
class ServerQuota {

  static final String RESOURCE = "flexible_ips_per_server";

  private final Callers callers;
  private final OwnedFips owned;
  private final int quota;

  ServerQuota(Callers callers, OwnedFips owned, ScalewaySettings settings) {
    this.callers = callers;
    this.owned = owned;
    this.quota = settings.fipsPerServer();
  }

  /** Refuses {@code joining} more FIPs on {@code server} if that would pass the quota. */
  void check(Principal key, LocationId location, String server, long joining) {
    if (joining == 0) {
      return;
    }
    long current = 0;
    for (Project project : callers.reachable(key)) {
      current += owned.inProject(callers.forProject(key, project, "read"), project, location).stream()
          .filter(fip -> fip.isAttached() && server.equals(fip.attachment().deviceId()))
          .count();
    }
    if (current + joining > quota) {
      throw ScalewayError.quotasExceeded(RESOURCE, quota, current);
    }
  }
}
