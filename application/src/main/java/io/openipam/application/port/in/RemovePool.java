package io.openipam.application.port.in;

import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;

/** Removes a pool with its sub-pools and every allocation they hold. */
public interface RemovePool {

  void remove(Principal caller, PoolId id);
}
