package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.port.in.ReleaseAllocation.WhenAttached.DETACH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.FixedSettings;
import io.openipam.application.fakes.Ipam;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.pool.Pool;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PurgeReleasedAllocationsTest {

  private static final Duration RETENTION = Duration.ofDays(2);

  private final Ipam ipam = new Ipam(FixedSettings.defaults().withRetention(RETENTION).withLeaseSize(64));
  private final Pool pool = ipam.add(APool.of("10.0.0.0/24"));

  private Allocation released(Pool from) {
    Allocation allocation = ipam.next(from);
    return ipam.release.release(ALICE, allocation.id(), DETACH);
  }

  private boolean exists(Allocation allocation) {
    return ipam.allocations.find(allocation.id()).isPresent();
  }

  @Test
  void purges_only_what_was_released_at_or_before_the_cutoff() {
    Allocation old = released(pool);
    ipam.clock.advance(Duration.ofHours(1));
    Allocation recent = released(pool);
    Allocation held = ipam.next(pool);
    ipam.clock.set(Ipam.T0.plus(RETENTION));

    assertEquals(1, ipam.purge.purgeDue());
    assertEquals(List.of(false, true, true), List.of(exists(old), exists(recent), exists(held)));

    ipam.clock.advance(Duration.ofHours(1));
    assertEquals(1, ipam.purge.purgeDue());
    assertEquals(List.of(false, true), List.of(exists(recent), exists(held)));
  }

  @Test
  void nothing_due_purges_nothing() {
    released(pool);
    ipam.clock.advance(RETENTION.minusMillis(1));

    assertEquals(0, ipam.purge.purgeDue());
    assertEquals(1, ipam.allocations.size());
  }

  @Test
  void puts_each_purged_slot_on_its_pools_free_list() {
    Pool other = ipam.add(APool.of("10.0.1.0/24"));
    released(pool);
    ipam.next(pool);
    released(pool);
    released(other);
    ipam.clock.advance(RETENTION);

    assertEquals(3, ipam.purge.purgeDue());

    assertEquals(List.of(BigInteger.ONE, BigInteger.valueOf(3)), ipam.ledger.freeSlots(pool.id()));
    assertEquals(List.of(BigInteger.ONE), ipam.ledger.freeSlots(other.id()));
  }

  @Test
  void purges_more_than_one_batch() {
    Pool big = ipam.add(APool.of("10.1.0.0/21"));
    List<Allocation> all = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      all.add(released(big));
    }
    ipam.clock.advance(RETENTION);

    assertEquals(1001, ipam.purge.purgeDue());

    assertEquals(0, ipam.allocations.size());
    assertEquals(1001, ipam.ledger.freeSlots(big.id()).size());
    assertTrue(all.stream().noneMatch(this::exists));
  }

  @Test
  void a_purged_address_is_handed_out_again_before_fresh_ones() {
    Ipam oneAtATime = new Ipam(FixedSettings.defaults().withRetention(RETENTION).withLeaseSize(1));
    Pool small = oneAtATime.add(APool.of("10.0.0.0/29"));
    Allocation first = oneAtATime.next(small);
    oneAtATime.next(small);
    oneAtATime.release.release(ALICE, first.id(), DETACH);
    oneAtATime.clock.advance(RETENTION);
    oneAtATime.purge.purgeDue();

    assertEquals("10.0.0.1", oneAtATime.next(small).address().toString());
    assertEquals("10.0.0.3", oneAtATime.next(small).address().toString());
  }

  @Test
  void skips_allocations_whose_pool_vanished_after_they_were_listed() {
    Pool doomed = ipam.add(APool.of("10.0.9.0/24"));
    Allocation kept = released(pool);
    released(doomed);
    ipam.clock.advance(RETENTION);
    // Another process removes the pool, with its allocations, once this purge has listed them.
    ipam.allocations.afterNextReleasedBefore(() -> ipam.pools.deleteTree(doomed.id()));

    assertEquals(1, ipam.purge.purgeDue());

    assertTrue(!exists(kept));
    assertEquals(List.of(BigInteger.ONE), ipam.ledger.freeSlots(pool.id()));
    assertEquals(0, ipam.allocations.size());
  }

  @Test
  void skips_rows_another_process_purged_first() {
    released(pool);
    released(pool);
    ipam.clock.advance(RETENTION);
    Ipam otherProcess = ipam.anotherProcess(ipam.settings);
    AtomicInteger purgedByOther = new AtomicInteger();
    ipam.allocations.afterNextReleasedBefore(() -> purgedByOther.set(otherProcess.purge.purgeDue()));

    assertEquals(0, ipam.purge.purgeDue());

    assertEquals(2, purgedByOther.get());
    assertEquals(List.of(BigInteger.ONE, BigInteger.TWO), ipam.ledger.freeSlots(pool.id()));
  }
}
