package io.openipam.application.port.in;

import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.change.Change;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.tenant.Principal;

/**
 * Journals a change just applied to an allocation, for dialects that answer a mutation with a
 * handle the client polls (an operation, a job).
 */
public interface RecordChange {

  /** {@code subject}: the allocation as the use case that changed it returned it. */
  Change record(Principal caller, Allocation subject, LocationId location, Change.Kind kind);
}
