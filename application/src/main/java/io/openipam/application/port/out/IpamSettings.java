package io.openipam.application.port.out;

import io.openipam.domain.allocation.Retention;
import io.openipam.domain.tenant.TenantId;

/** Settings the core's rules depend on. */
public interface IpamSettings {

  /** How long a released allocation stays in quarantine. */
  Retention retention();

  /** How many slots an allocator takes from the ledger at a time. */
  int leaseSize();

  /** How many times {@link #leaseSize()} a pool in demand may lease at once; 1 keeps leases fixed. */
  int leaseGrowth();

  /** The tenant that owns the operator's public pools. */
  TenantId operatorTenant();
}
