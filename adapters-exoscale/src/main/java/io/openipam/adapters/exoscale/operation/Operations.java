package io.openipam.adapters.exoscale.operation;

import io.openipam.adapters.exoscale.ExoscaleSettings;
import io.openipam.adapters.exoscale.auth.Caller;
import io.openipam.adapters.exoscale.http.Wire;
import io.openipam.application.port.in.RecordChange;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.change.Change;
import jakarta.inject.Singleton;

/**
 * Answers a mutation with its operation: the change is journaled in the core, so any server
 * process answers {@code GET /v2/operation/{id}} for it, for as long as the journal keeps it.
 */
@Singleton
public class Operations {

  private final RecordChange record;
  private final String firstState;

  public Operations(RecordChange record, ExoscaleSettings settings) {
    this.record = record;
    this.firstState = settings.pendingOperations() ? OperationView.PENDING : OperationView.SUCCESS;
  }

  public Wire accepted(Caller caller, Allocation subject, Change.Kind kind) {
    return accepted(record.record(caller.principal(), subject, caller.zone().location(), kind));
  }

  /** A change the core journaled along with the mutation itself. */
  public Wire accepted(Change recorded) {
    return new OperationView(recorded, firstState);
  }
}
