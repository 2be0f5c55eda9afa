package io.openipam.application.port.in;

import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.util.List;

/**
 * The addresses a tenant holds from the operator's public pools of one location, as the dialects
 * of public addresses (elastic, flexible, external) show them: only those in use, nothing from
 * another location.
 */
public interface FindPublicAllocations {

  /**
   * The lessee's allocated units of {@code unitLength} from that location's public pools, by id.
   * Forbidden unless the caller may act for the lessee.
   */
  List<Allocation> list(Principal caller, TenantId lessee, LocationId location, IpFamily family, int unitLength);

  /** Not found unless it is allocated, visible to the caller, and from a public pool of that location. */
  Allocation get(Principal caller, LocationId location, AllocationId id);
}
