package io.openipam.domain.allocation;

import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.TenantId;
import java.time.Instant;

/** Builds allocations for tests. */
final class AnAllocation {

  static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");

  private String prefix = "10.0.0.5";
  private String owner = "provider";
  private String lessee = "customer";
  private Attachment attachment;
  private Labels labels;
  private AllocationState state = AllocationState.ALLOCATED;
  private Instant releasedAt;

  static AnAllocation of(String prefix) {
    AnAllocation allocation = new AnAllocation();
    allocation.prefix = prefix;
    return allocation;
  }

  AnAllocation ownedBy(String owner) {
    this.owner = owner;
    return this;
  }

  AnAllocation leasedTo(String lessee) {
    this.lessee = lessee;
    return this;
  }

  AnAllocation attachedTo(Attachment attachment) {
    this.attachment = attachment;
    return this;
  }

  AnAllocation labels(Labels labels) {
    this.labels = labels;
    return this;
  }

  AnAllocation releasedAt(Instant releasedAt) {
    this.state = AllocationState.RELEASED;
    this.releasedAt = releasedAt;
    return this;
  }

  Allocation build() {
    return new Allocation(new AllocationId("alloc-1"), new PoolId("pool-1"), IpPrefix.parse(prefix),
        new TenantId(owner), new TenantId(lessee), attachment, null, null, labels, null, null, state,
        releasedAt, CREATED, CREATED, 1);
  }
}
