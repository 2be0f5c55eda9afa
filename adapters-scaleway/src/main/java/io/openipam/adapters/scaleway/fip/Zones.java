package io.openipam.adapters.scaleway.fip;

import io.openipam.adapters.scaleway.ScalewaySettings;
import io.openipam.adapters.scaleway.fault.ScalewayError;
import io.openipam.domain.pool.LocationId;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.TreeMap;

/** Scaleway zones and the core locations they stand for ({@code scaleway.zones}). */
@Singleton
class Zones {

  private final Map<String, LocationId> locations = new TreeMap<>();

  Zones(ScalewaySettings settings) {
    settings.zones().forEach((zone, location) -> locations.put(zone, new LocationId(location)));
  }

  /** 400 on {@code zone} for a zone this server does not serve (spec §1). */
  LocationId locate(String zone) {
    LocationId location = locations.get(zone);
    if (location == null) {
      throw ScalewayError.invalid("zone", "constraint", "unknown zone '" + zone + "'; this server serves "
          + String.join(", ", locations.keySet()));
    }
    return location;
  }
}
