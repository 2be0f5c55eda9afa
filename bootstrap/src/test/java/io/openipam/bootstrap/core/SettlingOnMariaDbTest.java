package io.openipam.bootstrap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.application.port.in.PurgeReleasedAllocations;
import io.openipam.application.port.in.ReleaseAllocation;
import io.openipam.application.port.in.ReleaseAllocation.WhenAttached;
import io.openipam.application.port.in.SettleChanges;
import io.openipam.application.port.out.SettlingStore;
import io.openipam.bootstrap.support.IpamNode;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Settling;
import io.openipam.domain.allocation.Settling.Phase;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.ReservedAddresses;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Settling windows on the real database: one claim wins, every process reads the same, and they go with the allocation. */
class SettlingOnMariaDbTest extends OnMariaDb {

  /** Fixed instants, far from now, so the store's answers do not depend on when the test runs. */
  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00.123456Z");

  private SettlingStore store() {
    return node.get(SettlingStore.class);
  }

  @Test
  void of_two_claims_one_wins_until_its_window_is_over_and_each_process_reads_it() {
    Pool pool = privatePool(ACME, "10.92.0.0/29", ReservedAddresses.LAST_ONLY);
    Allocation allocation = next(ACME, pool.id());
    Settling detaching = new Settling(allocation.id(), Phase.DETACHING, "server-1", T0.plusSeconds(2));

    assertTrue(store().claim(detaching, T0));
    try (IpamNode other = IpamNode.start(schema, settings())) {
      SettlingStore elsewhere = other.get(SettlingStore.class);
      assertFalse(elsewhere.claim(new Settling(allocation.id(), Phase.ATTACHING, null, T0.plusSeconds(3)),
          T0.plusSeconds(1)));
      assertEquals(List.of(detaching), elsewhere.underWay(List.of(allocation.id()), T0.plusSeconds(1)));
      assertEquals(List.of(), elsewhere.underWay(List.of(allocation.id()), T0.plusSeconds(2)));

      Settling attaching = new Settling(allocation.id(), Phase.ATTACHING, null, T0.plusSeconds(4));
      assertTrue(elsewhere.claim(attaching, T0.plusSeconds(2)), "a window that is over is replaced");
      assertEquals(List.of(attaching), store().underWay(List.of(allocation.id()), T0.plusSeconds(3)));
      store().remove(detaching);
      assertEquals(List.of(attaching), store().underWay(List.of(allocation.id()), T0.plusSeconds(3)),
          "removing a window that is no longer stored changes nothing");
      elsewhere.remove(attaching);
      assertEquals(List.of(), store().underWay(List.of(allocation.id()), T0.plusSeconds(3)));
    }
  }

  @Test
  void windows_of_many_allocations_are_read_at_once_and_the_service_refuses_a_second_change() {
    Pool pool = privatePool(ACME, "10.93.0.0/28", ReservedAddresses.LAST_ONLY);
    Allocation first = next(ACME, pool.id());
    Allocation second = next(ACME, pool.id());
    SettleChanges settle = node.get(SettleChanges.class);

    Settling opened = settle.begin(first.id(), Phase.RECONFIGURING, null, Duration.ofMinutes(5)).opened();
    SettleChanges.Opening refused = settle.begin(first.id(), Phase.ATTACHING, null, Duration.ofMinutes(5));

    assertTrue(refused.refused());
    assertEquals(opened.until().truncatedTo(ChronoUnit.MICROS), refused.underWay().until());
    assertEquals(Phase.RECONFIGURING, refused.underWay().phase());
    assertEquals(Map.of(first.id(), refused.underWay()), settle.underWay(List.of(first.id(), second.id())));
    settle.cancel(opened);
    assertEquals(Optional.empty(), settle.underWay(first.id()));
  }

  @Test
  void a_window_goes_with_its_allocation_when_it_is_purged() {
    Pool pool = privatePool(ACME, "10.94.0.0/29", ReservedAddresses.LAST_ONLY);
    Allocation allocation = next(ACME, pool.id());
    node.get(ReleaseAllocation.class).release(ACME, allocation.id(), WhenAttached.DETACH);
    Settling releasing = new Settling(allocation.id(), Phase.RELEASING, "server-1", T0.plusSeconds(2));
    assertTrue(store().claim(releasing, T0));

    try (IpamNode purging = IpamNode.start(schema, Map.of("ipam.retention", "0s"))) {
      assertTrue(purging.get(PurgeReleasedAllocations.class).purgeDue() >= 1);
    }

    assertEquals(List.of(), store().underWay(List.of(allocation.id()), T0));
    assertThrows(NotFound.class, () -> store().claim(releasing, T0));
    assertThrows(NotFound.class, () -> store().claim(
        new Settling(new AllocationId("no-such-allocation"), Phase.ATTACHING, null, T0.plusSeconds(1)), T0));
  }
}
