package io.openipam.bootstrap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.application.port.in.AllocatePublicAddress;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.FindChanges;
import io.openipam.application.port.in.FindPublicAllocations;
import io.openipam.application.port.in.PurgeChanges;
import io.openipam.application.port.in.RecordChange;
import io.openipam.application.port.out.ChangeJournal;
import io.openipam.bootstrap.support.IpamNode;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.change.Change;
import io.openipam.domain.change.ChangeId;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.tenant.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The change journal and the public-address reads on the real database, seen from two processes. */
class ChangeJournalTest extends OnMariaDb {

  private static final LocationId DEMO_1 = new LocationId("demo-1");

  @Test
  void a_change_recorded_by_one_process_is_read_by_another() {
    Allocation allocation = node.get(AllocatePublicAddress.class)
        .allocate(ACME, DEMO_1, IpFamily.V4, 32, AllocationDetails.NONE);
    Change recorded = node.get(RecordChange.class).record(ACME, allocation, DEMO_1, Change.Kind.ALLOCATED);

    try (IpamNode other = IpamNode.start(schema, settings())) {
      assertEquals(recorded, other.get(FindChanges.class).find(ACME, recorded.id()).orElseThrow());
      assertTrue(other.get(FindChanges.class).find(GLOBEX, recorded.id()).isEmpty());
    }
  }

  @Test
  void a_change_without_location_reads_back_without_one() {
    Change change = new Change(new ChangeId("0b6a9d1e-3c2f-4a5b-8c7d-6e5f4a3b2c1d"), ACME.tenant(), null,
        new AllocationId("7d2e1b1c-3f5a-4c6e-9d8b-1a2b3c4d5e6f"), Change.Kind.DETACHED,
        Instant.parse("2026-01-01T10:00:00.123456Z"));
    node.get(ChangeJournal.class).append(change);

    assertEquals(change, node.get(ChangeJournal.class).find(change.id()).orElseThrow());
  }

  @Test
  void the_purge_removes_old_changes_in_batches_and_keeps_recent_ones() {
    ChangeJournal journal = node.get(ChangeJournal.class);
    Instant old = Instant.now().minus(Duration.ofDays(3));
    for (int i = 0; i < 3; i++) {
      journal.append(new Change(new ChangeId("00000000-0000-4000-8000-00000000000" + i), GLOBEX.tenant(), DEMO_1,
          new AllocationId("7d2e1b1c-3f5a-4c6e-9d8b-1a2b3c4d5e6f"), Change.Kind.AMENDED, old));
    }
    Allocation allocation = node.get(AllocatePublicAddress.class)
        .allocate(GLOBEX, DEMO_1, IpFamily.V4, 32, AllocationDetails.NONE);
    Change recent = node.get(RecordChange.class).record(GLOBEX, allocation, DEMO_1, Change.Kind.ALLOCATED);

    assertEquals(2, journal.removeAcceptedBefore(Instant.now().minus(Duration.ofDays(1)), 2));
    assertTrue(node.get(PurgeChanges.class).purgeOlderThan(Duration.ofDays(1)) >= 1);

    assertTrue(journal.find(new ChangeId("00000000-0000-4000-8000-000000000002")).isEmpty());
    assertEquals(recent, journal.find(recent.id()).orElseThrow());
  }

  @Test
  void public_allocations_are_listed_per_location_family_and_unit() {
    Principal initech = Principal.tenant("initech");
    AllocatePublicAddress allocate = node.get(AllocatePublicAddress.class);
    Allocation v4 = allocate.allocate(initech, DEMO_1, IpFamily.V4, 32, AllocationDetails.NONE);
    Allocation v6 = allocate.allocate(initech, DEMO_1, IpFamily.V6, 96, AllocationDetails.NONE);

    FindPublicAllocations find = node.get(FindPublicAllocations.class);
    assertEquals(List.of(v4), find.list(initech, initech.tenant(), DEMO_1, IpFamily.V4, 32));
    assertEquals(List.of(v6), find.list(initech, initech.tenant(), DEMO_1, IpFamily.V6, 96));
    assertEquals(v6, find.get(initech, DEMO_1, v6.id()));
    assertEquals("2001:db8:2::/96", v6.prefix().toString());
  }

}
