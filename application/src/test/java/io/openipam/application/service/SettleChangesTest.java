package io.openipam.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.InMemorySettlings;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.SettleChanges;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Settling;
import io.openipam.domain.allocation.Settling.Phase;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettleChangesTest {

  private static final Duration SETTLE = Duration.ofSeconds(2);

  private final Ipam ipam = new Ipam();
  private final InMemorySettlings store = new InMemorySettlings(ipam.db);
  private final SettleChangesService settle = new SettleChangesService(store, ipam.clock);
  /** Another server process: its own service and clock, the same database. */
  private final SettleChangesService elsewhere = new SettleChangesService(store, ipam.clock);
  private final Pool pool = ipam.add(APool.of("10.0.0.0/29"));
  private final Allocation allocation = ipam.next(pool);
  private final Allocation other = ipam.next(pool);

  @Test
  void a_window_opened_in_one_process_is_seen_and_refuses_another_change_everywhere_until_it_ends() {
    SettleChanges.Opening opening = settle.begin(allocation.id(), Phase.DETACHING, "server-1", SETTLE);

    assertFalse(opening.refused());
    Settling opened = opening.opened();
    assertEquals(new Settling(allocation.id(), Phase.DETACHING, "server-1", Ipam.T0.plus(SETTLE)), opened);
    assertEquals(Optional.of(opened), elsewhere.underWay(allocation.id()));
    SettleChanges.Opening refused = elsewhere.begin(allocation.id(), Phase.ATTACHING, null, SETTLE);
    assertTrue(refused.refused());
    assertEquals(opened, refused.underWay());
    assertNull(refused.opened());

    ipam.clock.advance(SETTLE);
    assertEquals(Optional.empty(), elsewhere.underWay(allocation.id()));
    Settling next = elsewhere.begin(allocation.id(), Phase.ATTACHING, null, SETTLE).opened();
    assertEquals(Phase.ATTACHING, next.phase());
    assertEquals(Optional.of(next), settle.underWay(allocation.id()));
  }

  @Test
  void windows_are_read_for_many_allocations_at_once_and_only_those_under_way_come_back() {
    Settling first = settle.begin(allocation.id(), Phase.ATTACHING, null, SETTLE).opened();
    settle.begin(other.id(), Phase.RECONFIGURING, null, Duration.ofSeconds(1));
    ipam.clock.advance(Duration.ofSeconds(1));

    assertEquals(Map.of(allocation.id(), first), settle.underWay(List.of(allocation.id(), other.id(), allocation.id())));
    assertEquals(Map.of(), settle.underWay(List.of()));
  }

  @Test
  void a_cancelled_window_is_gone_and_a_zero_window_is_never_stored() {
    Settling opened = settle.begin(allocation.id(), Phase.ATTACHING, null, SETTLE).opened();
    settle.cancel(opened);
    settle.cancel(null);
    assertEquals(Optional.empty(), elsewhere.underWay(allocation.id()));

    SettleChanges.Opening zero = settle.begin(allocation.id(), Phase.ATTACHING, null, Duration.ZERO);
    assertFalse(zero.refused());
    assertNull(zero.opened());
    assertEquals(Optional.empty(), settle.underWay(allocation.id()));
  }

  @Test
  void cancelling_a_window_that_ended_leaves_the_one_opened_since() {
    Settling old = settle.begin(allocation.id(), Phase.ATTACHING, null, SETTLE).opened();
    ipam.clock.advance(SETTLE);
    Settling current = elsewhere.begin(allocation.id(), Phase.DETACHING, "server-1", SETTLE).opened();

    settle.cancel(old);

    assertEquals(Optional.of(current), elsewhere.underWay(allocation.id()));
  }

  @Test
  void a_window_needs_its_allocation() {
    assertThrows(NotFound.class, () -> settle.begin(new AllocationId("no-such"), Phase.ATTACHING, null, SETTLE));
  }
}
