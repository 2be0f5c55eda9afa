package io.openipam.domain.allocation;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * An address (or prefix) handed out from a pool. The owner is the pool's tenant; the lessee is
 * the tenant that uses it (the same, unless an operator's or provider's pool leases it out).
 *
 * <p>Optional parts are null when absent: attachment, mac, description, reverseDns, healthCheck,
 * releasedAt.
 */
public record Allocation(
    AllocationId id,
    PoolId pool,
    IpPrefix prefix,
    TenantId owner,
    TenantId lessee,
    Attachment attachment,
    MacAddress mac,
    String description,
    Labels labels,
    String reverseDns,
    HealthCheck healthCheck,
    AllocationState state,
    Instant releasedAt,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public Allocation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(lessee, "lessee");
    Objects.requireNonNull(state, "state");
    labels = labels == null ? Labels.NONE : labels;
  }

  /** The first address of what was handed out: the address itself for single-address pools. */
  public IpAddress address() {
    return prefix.network();
  }

  public boolean isReleased() {
    return state == AllocationState.RELEASED;
  }

  public boolean isAttached() {
    return attachment != null;
  }

  /** Owner, lessee and operators may see it; nobody else learns it exists. */
  public boolean isVisibleTo(Principal caller) {
    return caller.isOperator() || caller.tenant().equals(owner) || caller.tenant().equals(lessee);
  }

  /** Into quarantine, dropping any attachment. */
  public Allocation released(Instant now) {
    return changed(null, mac, description, labels, reverseDns, healthCheck, AllocationState.RELEASED, now, now);
  }

  /** Out of quarantine; the caller has checked the retention. */
  public Allocation restored(Instant now) {
    return changed(attachment, mac, description, labels, reverseDns, healthCheck, AllocationState.ALLOCATED, null, now);
  }

  public Allocation attachedTo(Attachment to, Instant now) {
    return changed(to, mac, description, labels, reverseDns, healthCheck, state, releasedAt, now);
  }

  public Allocation described(MacAddress newMac, String newDescription, Labels newLabels, String newReverseDns,
      HealthCheck newHealthCheck, Instant now) {
    return changed(attachment, newMac, newDescription, newLabels, newReverseDns, newHealthCheck, state, releasedAt, now);
  }

  private Allocation changed(Attachment newAttachment, MacAddress newMac, String newDescription, Labels newLabels,
      String newReverseDns, HealthCheck newHealthCheck, AllocationState newState, Instant newReleasedAt, Instant now) {
    return new Allocation(id, pool, prefix, owner, lessee, newAttachment, newMac, newDescription, newLabels,
        newReverseDns, newHealthCheck, newState, newReleasedAt, createdAt, now, version + 1);
  }
}
