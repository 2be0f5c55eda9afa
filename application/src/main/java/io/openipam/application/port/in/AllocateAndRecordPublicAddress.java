package io.openipam.application.port.in;

import io.openipam.domain.address.IpFamily;
import io.openipam.domain.change.Change;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.tenant.Principal;

/**
 * {@link AllocatePublicAddress} and {@link RecordChange} as one step, for dialects that answer a
 * creation with a handle the client polls: either both happen, or the address is not left
 * allocated. A client that retries a failed creation then holds one address, not two.
 */
public interface AllocateAndRecordPublicAddress {

  /** The journaled {@link Change.Kind#ALLOCATED} change; its subject is the new allocation. */
  Change allocate(Principal caller, LocationId location, IpFamily family, int unitLength, AllocationDetails details);
}
