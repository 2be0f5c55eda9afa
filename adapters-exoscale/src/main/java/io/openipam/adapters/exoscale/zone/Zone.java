package io.openipam.adapters.exoscale.zone;

import io.openipam.domain.pool.LocationId;

/** A zone this server answers for, and the core location behind it. */
public record Zone(String name, LocationId location) {}
