package io.openipam.application.port.in;

import io.openipam.domain.change.Change;
import io.openipam.domain.change.ChangeId;
import io.openipam.domain.tenant.Principal;
import java.util.Optional;

/** Reads a journaled change the caller may see. */
public interface FindChanges {

  /** Empty when it does not exist, was purged, or belongs to another tenant. */
  Optional<Change> find(Principal caller, ChangeId id);
}
