package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.port.in.ReleaseAllocation.WhenAttached.DETACH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.TranslateAddresses.Binding;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslateAddressesTest {

  private final Ipam ipam = new Ipam();
  private final Pool inside = ipam.add(APool.of("10.0.0.0/24").owner(ALICE.tenant()));
  private final Pool outside = ipam.add(APool.of("192.0.2.0/24").owner(ALICE.tenant()).publicly());
  private final Allocation local = ipam.next(inside);

  private List<AllocationId> ids(List<Allocation> allocations) {
    return allocations.stream().map(Allocation::id).toList();
  }

  private List<AllocationId> sorted(Allocation... allocations) {
    return Stream.of(allocations).map(Allocation::id).sorted(Comparator.comparing(AllocationId::value)).toList();
  }

  @Test
  void binds_a_local_address_to_globals_and_each_global_knows_its_locals() {
    Allocation g1 = ipam.next(outside);
    Allocation g2 = ipam.next(outside);

    ipam.translateAddresses.bind(ALICE, List.of(new Binding(local.id(), g1.id()), new Binding(local.id(), g2.id())));

    assertEquals(sorted(g1, g2), ids(ipam.translateAddresses.globalsOf(ALICE, local.id(), null, 10)));
    assertEquals(List.of(local.id()), ids(ipam.translateAddresses.localsOf(ALICE, g1.id(), null, 10)));
  }

  @Test
  void a_binding_made_twice_exists_once() {
    Allocation global = ipam.next(outside);
    Binding binding = new Binding(local.id(), global.id());

    ipam.translateAddresses.bind(ALICE, List.of(binding, binding));
    ipam.translateAddresses.bind(ALICE, List.of(binding));

    assertEquals(List.of(global.id()), ids(ipam.translateAddresses.globalsOf(ALICE, local.id(), null, 10)));
  }

  @Test
  void lists_page_by_allocation_id() {
    List<Allocation> globals = Stream.generate(() -> ipam.next(outside)).limit(4).toList();
    ipam.translateAddresses.bind(ALICE, globals.stream().map(g -> new Binding(local.id(), g.id())).toList());
    List<AllocationId> all = sorted(globals.toArray(Allocation[]::new));

    assertEquals(all.subList(2, 4), ids(ipam.translateAddresses.globalsOf(ALICE, local.id(), all.get(1), 2)));
  }

  @Test
  void unbinds_one_or_all() {
    List<Allocation> globals = Stream.generate(() -> ipam.next(outside)).limit(3).toList();
    Allocation otherLocal = ipam.next(inside);
    ipam.translateAddresses.bind(ALICE, globals.stream().map(g -> new Binding(local.id(), g.id())).toList());
    ipam.translateAddresses.bind(ALICE, List.of(new Binding(otherLocal.id(), globals.get(0).id())));

    ipam.translateAddresses.unbind(ALICE, new Binding(local.id(), globals.get(1).id()));
    assertEquals(sorted(globals.get(0), globals.get(2)),
        ids(ipam.translateAddresses.globalsOf(ALICE, local.id(), null, 10)));

    ipam.translateAddresses.unbindGlobalsOf(ALICE, local.id());
    assertEquals(List.of(), ipam.translateAddresses.globalsOf(ALICE, local.id(), null, 10));
    assertEquals(List.of(otherLocal.id()), ids(ipam.translateAddresses.localsOf(ALICE, globals.get(0).id(), null, 10)));

    ipam.translateAddresses.unbindLocalsOf(ALICE, globals.get(0).id());
    assertEquals(List.of(), ipam.translateAddresses.globalsOf(ALICE, otherLocal.id(), null, 10));
  }

  @Test
  void nothing_is_bound_to_a_released_address_and_no_binding_of_the_request_is_made() {
    Allocation global = ipam.next(outside);
    Allocation released = ipam.release.release(ALICE, ipam.next(outside).id(), DETACH);

    Conflict conflict = assertThrows(Conflict.class, () -> ipam.translateAddresses.bind(ALICE,
        List.of(new Binding(local.id(), global.id()), new Binding(local.id(), released.id()))));

    assertEquals(Conflict.Reason.WRONG_STATE, conflict.reason());
    assertEquals(List.of(), ipam.translateAddresses.globalsOf(ALICE, local.id(), null, 10));
  }

  @Test
  void another_tenants_addresses_are_not_found() {
    Allocation global = ipam.next(outside);
    Allocation bobs = ipam.next(ipam.add(APool.of("10.9.0.0/24").owner(BOB.tenant())));

    assertEquals(NotFound.Kind.ALLOCATION, assertThrows(NotFound.class, () -> ipam.translateAddresses.bind(ALICE,
        List.of(new Binding(local.id(), bobs.id())))).kind());
    assertThrows(NotFound.class, () -> ipam.translateAddresses.globalsOf(BOB, local.id(), null, 10));
    ipam.translateAddresses.bind(ALICE, List.of(new Binding(local.id(), global.id())));
    assertThrows(NotFound.class, () -> ipam.translateAddresses.unbindGlobalsOf(BOB, local.id()));
    assertEquals(List.of(global.id()), ids(ipam.translateAddresses.globalsOf(ALICE, local.id(), null, 10)));
  }

  @Test
  void a_released_address_keeps_its_bindings_until_it_is_purged() {
    Allocation global = ipam.next(outside);
    ipam.translateAddresses.bind(ALICE, List.of(new Binding(local.id(), global.id())));

    ipam.release.release(ALICE, global.id(), DETACH);
    assertEquals(List.of(global.id()), ids(ipam.translateAddresses.globalsOf(ALICE, local.id(), null, 10)));

    ipam.clock.advance(ipam.settings.retention().period().plus(Duration.ofSeconds(1)));
    ipam.purge.purgeDue();
    assertEquals(List.of(), ipam.translateAddresses.globalsOf(ALICE, local.id(), null, 10));
  }
}
