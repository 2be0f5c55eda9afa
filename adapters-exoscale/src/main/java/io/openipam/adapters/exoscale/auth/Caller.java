package io.openipam.adapters.exoscale.auth;

import io.openipam.adapters.exoscale.zone.Zone;
import io.openipam.domain.tenant.Principal;

/** An authenticated request: who signed it, the zone it is for, and its body as received. */
public record Caller(Principal principal, Zone zone, byte[] body) {}
