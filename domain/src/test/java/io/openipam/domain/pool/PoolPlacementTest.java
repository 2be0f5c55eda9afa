package io.openipam.domain.pool;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.pool.PoolPlacement.Neighbours;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Where a new pool may stand (Melange §6.1). */
class PoolPlacementTest {

  private static final NetworkId NET_A = new NetworkId("net-a");
  private static final NetworkId NET_B = new NetworkId("net-b");

  private static IpPrefix cidr(String text) {
    return IpPrefix.parse(text);
  }

  private static Neighbours nothingAround() {
    return new Neighbours(null, false, List.of(), List.of(), List.of(), null);
  }

  private static Neighbours under(Pool parent, Pool... siblings) {
    return new Neighbours(parent, false, List.of(siblings), List.of(), List.of(), null);
  }

  private static Invalid refused(Executable placement) {
    return assertThrows(Invalid.class, placement);
  }

  @Test
  void places_a_sub_pool_inside_its_parent() {
    Pool parent = APool.of("10.0.0.0/16").id("parent").build();

    assertDoesNotThrow(() -> PoolPlacement.check(cidr("10.0.1.0/24"), Visibility.PRIVATE, null, under(parent)));
  }

  @Test
  void refuses_a_sub_pool_outside_its_parent() {
    Pool parent = APool.of("10.0.0.0/16").id("parent").build();

    Invalid invalid = refused(() -> PoolPlacement.check(cidr("10.1.0.0/24"), Visibility.PRIVATE, null, under(parent)));

    assertEquals(Invalid.Reason.OUTSIDE_PARENT, invalid.reason());
    assertEquals("prefix", invalid.field());
  }

  @Test
  void refuses_a_sub_pool_larger_than_its_parent() {
    Pool parent = APool.of("10.0.0.0/16").id("parent").build();

    Invalid invalid = refused(() -> PoolPlacement.check(cidr("10.0.0.0/8"), Visibility.PRIVATE, null, under(parent)));

    assertEquals(Invalid.Reason.OUTSIDE_PARENT, invalid.reason());
  }

  @Test
  void refuses_a_sub_pool_overlapping_a_sibling() {
    Pool parent = APool.of("10.0.0.0/16").id("parent").build();
    Pool sibling = APool.of("10.0.0.0/24").id("sibling").parent(parent).build();

    Invalid invalid = refused(
        () -> PoolPlacement.check(cidr("10.0.0.128/25"), Visibility.PRIVATE, null, under(parent, sibling)));

    assertEquals(Invalid.Reason.OVERLAPS_SIBLING, invalid.reason());
  }

  @Test
  void places_a_sub_pool_next_to_siblings_it_does_not_overlap() {
    Pool parent = APool.of("10.0.0.0/16").id("parent").build();
    Pool first = APool.of("10.0.0.0/24").id("first").parent(parent).build();
    Pool third = APool.of("10.0.2.0/24").id("third").parent(parent).build();

    assertDoesNotThrow(
        () -> PoolPlacement.check(cidr("10.0.1.0/24"), Visibility.PRIVATE, null, under(parent, first, third)));
  }

  @Test
  void refuses_to_subdivide_a_parent_that_has_handed_out_addresses() {
    Pool parent = APool.of("10.0.0.0/16").id("parent").build();
    Neighbours neighbours = new Neighbours(parent, true, List.of(), List.of(), List.of(), null);

    Conflict conflict = assertThrows(Conflict.class,
        () -> PoolPlacement.check(cidr("10.0.1.0/24"), Visibility.PRIVATE, null, neighbours));

    assertEquals(Conflict.Reason.POOL_HAS_ALLOCATIONS, conflict.reason());
  }

  @Test
  void refuses_a_sub_pool_in_another_network_than_its_parent() {
    Pool parent = APool.of("10.0.0.0/16").id("parent").network("net-a").build();

    Invalid invalid = refused(() -> PoolPlacement.check(cidr("10.0.1.0/24"), Visibility.PRIVATE, NET_B, under(parent)));

    assertEquals(Invalid.Reason.NETWORK_MISMATCH, invalid.reason());
    assertEquals("network", invalid.field());
  }

  @Test
  void refuses_a_sub_pool_without_network_when_its_parent_has_one() {
    Pool parent = APool.of("10.0.0.0/16").id("parent").network("net-a").build();

    Invalid invalid = refused(() -> PoolPlacement.check(cidr("10.0.1.0/24"), Visibility.PRIVATE, null, under(parent)));

    assertEquals(Invalid.Reason.NETWORK_MISMATCH, invalid.reason());
  }

  @Test
  void places_a_sub_pool_in_any_network_when_its_parent_has_none() {
    Pool parent = APool.of("10.0.0.0/16").id("parent").build();

    assertDoesNotThrow(() -> PoolPlacement.check(cidr("10.0.1.0/24"), Visibility.PRIVATE, NET_A, under(parent)));
  }

  @Test
  void refuses_a_sub_pool_whose_visibility_differs_from_its_parent() {
    Pool parent = APool.of("10.0.0.0/16").id("parent").privately().build();

    Invalid invalid = refused(() -> PoolPlacement.check(cidr("10.0.1.0/24"), Visibility.PUBLIC, null, under(parent)));

    assertEquals(Invalid.Reason.VISIBILITY_MISMATCH, invalid.reason());
    assertEquals("visibility", invalid.field());
  }

  @Test
  void refuses_a_public_top_level_pool_overlapping_another_tenants_public_pool() {
    Pool other = APool.of("203.0.113.0/24").id("other").publicly().build();
    Neighbours neighbours = new Neighbours(null, false, List.of(), List.of(other), List.of(), null);

    Invalid invalid = refused(() -> PoolPlacement.check(cidr("203.0.113.128/25"), Visibility.PUBLIC, null, neighbours));

    assertEquals(Invalid.Reason.OVERLAPS_PUBLIC_POOL, invalid.reason());
  }

  @Test
  void places_a_public_top_level_pool_next_to_public_pools_it_does_not_overlap() {
    Pool other = APool.of("203.0.113.0/25").id("other").publicly().build();
    Neighbours neighbours = new Neighbours(null, false, List.of(), List.of(other), List.of(), null);

    assertDoesNotThrow(() -> PoolPlacement.check(cidr("203.0.113.128/25"), Visibility.PUBLIC, null, neighbours));
  }

  @Test
  void places_a_public_sub_pool_inside_its_public_top_level_parent() {
    Pool parent = APool.of("203.0.113.0/24").id("parent").publicly().build();
    Neighbours neighbours = new Neighbours(parent, false, List.of(), List.of(parent), List.of(), null);

    assertDoesNotThrow(() -> PoolPlacement.check(cidr("203.0.113.0/28"), Visibility.PUBLIC, null, neighbours));
  }

  @Test
  void places_a_public_sub_pool_with_a_network_inside_a_public_parent_without_one() {
    Pool parent = APool.of("203.0.113.0/24").id("parent").publicly().build();
    Neighbours neighbours = new Neighbours(parent, false, List.of(), List.of(parent), List.of(), null);

    assertDoesNotThrow(() -> PoolPlacement.check(cidr("203.0.113.0/28"), Visibility.PUBLIC, NET_A, neighbours));
  }

  @Test
  void refuses_a_top_level_pool_overlapping_another_of_the_same_network() {
    Pool other = APool.of("10.0.0.0/16").id("other").network("net-a").build();
    Neighbours neighbours = new Neighbours(null, false, List.of(), List.of(), List.of(other), Visibility.PRIVATE);

    Invalid invalid = refused(() -> PoolPlacement.check(cidr("10.0.5.0/24"), Visibility.PRIVATE, NET_A, neighbours));

    assertEquals(Invalid.Reason.OVERLAPS_NETWORK_POOL, invalid.reason());
  }

  @Test
  void places_a_sub_pool_inside_a_parent_of_the_same_network_despite_overlapping_it() {
    Pool parent = APool.of("10.0.0.0/16").id("parent").network("net-a").build();
    Neighbours neighbours = new Neighbours(parent, false, List.of(), List.of(), List.of(parent), Visibility.PRIVATE);

    assertDoesNotThrow(() -> PoolPlacement.check(cidr("10.0.5.0/24"), Visibility.PRIVATE, NET_A, neighbours));
  }

  @Test
  void checks_network_overlaps_for_a_sub_pool_whose_parent_is_in_no_network() {
    Pool parent = APool.of("10.0.0.0/8").id("parent").build();
    Pool inNetwork = APool.of("10.0.0.0/16").id("other").network("net-a").build();
    Neighbours neighbours = new Neighbours(parent, false, List.of(), List.of(), List.of(inNetwork), Visibility.PRIVATE);

    Invalid invalid = refused(() -> PoolPlacement.check(cidr("10.0.5.0/24"), Visibility.PRIVATE, NET_A, neighbours));

    assertEquals(Invalid.Reason.OVERLAPS_NETWORK_POOL, invalid.reason());
  }

  @Test
  void refuses_a_public_pool_in_a_network_of_private_pools() {
    Neighbours neighbours = new Neighbours(null, false, List.of(), List.of(), List.of(), Visibility.PRIVATE);

    Invalid invalid = refused(() -> PoolPlacement.check(cidr("203.0.113.0/24"), Visibility.PUBLIC, NET_A, neighbours));

    assertEquals(Invalid.Reason.VISIBILITY_MISMATCH, invalid.reason());
  }

  @Test
  void places_the_first_pool_of_a_network_whatever_its_visibility() {
    assertDoesNotThrow(() -> PoolPlacement.check(cidr("203.0.113.0/24"), Visibility.PUBLIC, NET_A, nothingAround()));
    assertDoesNotThrow(() -> PoolPlacement.check(cidr("10.0.0.0/24"), Visibility.PRIVATE, NET_A, nothingAround()));
  }

  @Test
  void allows_the_same_cidr_in_different_networks() {
    // the store found nothing of net-b overlapping, although net-a holds the very same block
    Neighbours neighbours = new Neighbours(null, false, List.of(), List.of(), List.of(), Visibility.PRIVATE);

    assertDoesNotThrow(() -> PoolPlacement.check(cidr("10.0.0.0/24"), Visibility.PRIVATE, NET_B, neighbours));
  }

  @Test
  void allows_overlapping_private_pools_without_a_network() {
    // even if the store reported overlapping pools, a private pool in no network collides with none
    Pool publicOne = APool.of("10.0.0.0/16").id("public").publicly().build();
    Pool privateOne = APool.of("10.0.0.0/24").id("private").build();
    Neighbours neighbours = new Neighbours(null, false, List.of(), List.of(publicOne), List.of(privateOne), null);

    assertDoesNotThrow(() -> PoolPlacement.check(cidr("10.0.0.0/24"), Visibility.PRIVATE, null, neighbours));
  }

  @Test
  void copies_the_neighbour_lists_it_is_given() {
    ArrayList<Pool> siblings = new ArrayList<>();
    Neighbours neighbours = new Neighbours(null, false, siblings, List.of(), List.of(), null);
    siblings.add(APool.of("10.0.0.0/24").build());

    assertEquals(List.of(), neighbours.siblings());
    assertThrows(UnsupportedOperationException.class, () -> neighbours.siblings().add(null));
  }
}
