package io.openipam.application.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.SlotRules;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fakes are only worth the tests built on them if they behave like the ports say. */
class FakesKeepTheirPortsPromisesTest {

  private final InMemoryDatabase db = new InMemoryDatabase();
  private final InMemoryPools pools = new InMemoryPools(db);
  private final InMemoryAllocations allocations = new InMemoryAllocations(db);
  private final InMemorySlotLedger ledger = new InMemorySlotLedger(db);

  private static Allocation allocation(String id, Pool pool, String cidr) {
    return AnAllocation.at(id, pool, cidr);
  }

  private static List<BigInteger> slots(int... values) {
    return Arrays.stream(values).mapToObj(BigInteger::valueOf).toList();
  }

  @Test
  void a_pool_never_holds_one_address_twice() {
    Pool pool = APool.of("10.0.0.0/29").in(pools);

    assertTrue(allocations.insertIfFree(allocation("a", pool, "10.0.0.1/32")));
    assertFalse(allocations.insertIfFree(allocation("b", pool, "10.0.0.1/32")));
    assertEquals(1, allocations.size());
  }

  @Test
  void an_allocation_needs_its_pool() {
    Pool ghost = APool.of("10.0.0.0/29").build();

    NotFound notFound = assertThrows(NotFound.class, () -> allocations.insertIfFree(allocation("a", ghost, "10.0.0.1/32")));
    assertEquals(NotFound.Kind.POOL, notFound.kind());
  }

  @Test
  void an_update_needs_the_version_it_was_read_at() {
    Pool pool = APool.of("10.0.0.0/29").in(pools);
    Allocation stored = allocation("a", pool, "10.0.0.1/32");
    allocations.insertIfFree(stored);
    Allocation changed = stored.released(Instant.parse("2025-01-02T00:00:00Z"));

    assertFalse(allocations.update(changed, 7));
    assertTrue(allocations.update(changed, 0));
    assertEquals(1, allocations.find(stored.id()).orElseThrow().version());
  }

  @Test
  void removing_an_allocation_frees_its_slot_once() {
    Pool pool = APool.of("10.0.0.0/29").in(pools);
    Allocation stored = allocation("a", pool, "10.0.0.1/32");
    allocations.insertIfFree(stored);

    assertTrue(allocations.remove(stored, BigInteger.ONE));
    assertFalse(allocations.remove(stored, BigInteger.ONE));
    assertEquals(slots(1), ledger.freeSlots(pool.id()));
  }

  @Test
  void a_lease_takes_returned_slots_first_then_moves_the_cursor_over_unusable_ones() {
    Pool pool = APool.of("10.0.0.0/29").gateway("10.0.0.4").in(pools);
    SlotRules rules = new SlotRules(pool, null);

    assertEquals(slots(1, 2, 3), ledger.lease(pool.id(), 3, rules));
    ledger.giveBack(pool.id(), slots(3, 2));
    assertEquals(slots(2, 3, 5, 6), ledger.lease(pool.id(), 5, rules));
    assertEquals(BigInteger.valueOf(8), ledger.cursor(pool.id()).orElseThrow());
  }

  @Test
  void at_the_end_of_the_cursor_a_lease_offers_the_slots_nobody_allocated_again() {
    Pool pool = APool.of("10.0.0.0/29").in(pools);
    SlotRules rules = new SlotRules(pool, null);
    ledger.lease(pool.id(), 6, rules);
    allocations.insertIfFree(allocation("a", pool, "10.0.0.2/32"));

    // the other five were leased by a process that died without allocating them
    assertEquals(slots(1, 3, 4), ledger.lease(pool.id(), 3, rules));
  }

  @Test
  void a_pool_without_a_cursor_leases_nothing() {
    Pool ghost = APool.of("10.0.0.0/29").build();

    assertEquals(List.of(), ledger.lease(ghost.id(), 4, new SlotRules(ghost, null)));
  }

  @Test
  void a_sub_pool_is_counted_under_its_parent_and_uncounted_when_deleted_with_its_allocations() {
    Pool parent = APool.of("10.0.0.0/24").in(pools);
    Pool child = APool.of("10.0.0.0/25").parent(parent.id()).in(pools);
    Pool grandchild = APool.of("10.0.0.0/26").parent(child.id()).in(pools);
    allocations.insertIfFree(allocation("a", grandchild, "10.0.0.1/32"));

    assertEquals(1, pools.find(parent.id()).orElseThrow().subpoolCount());
    List<PoolId> deleted = pools.deleteTree(child.id());

    assertEquals(List.of(child.id(), grandchild.id()), deleted);
    assertEquals(0, pools.find(parent.id()).orElseThrow().subpoolCount());
    assertEquals(0, allocations.size());
    assertTrue(ledger.cursor(grandchild.id()).isEmpty());
  }
}
