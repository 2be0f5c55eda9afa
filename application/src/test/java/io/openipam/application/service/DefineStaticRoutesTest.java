package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.fakes.Ipam.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.DefineStaticRoutes.RouteSpec;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.StaticRoute;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DefineStaticRoutesTest {

  private final Ipam ipam = new Ipam();
  private final Pool pool = ipam.add(APool.of("10.0.0.0/24").owner(ALICE.tenant()));

  private StaticRoute add(String destination) {
    return ipam.defineStaticRoutes.add(ALICE, pool.id(), new RouteSpec(destination, "255.255.255.0", "10.0.0.1"));
  }

  @Test
  void adds_a_route_to_a_pool_and_reads_it_back() {
    StaticRoute route = add("192.168.0.0");

    assertEquals(new StaticRoute(route.id(), pool.id(), "192.168.0.0", "255.255.255.0", "10.0.0.1", Ipam.T0, Ipam.T0),
        route);
    assertEquals(route, ipam.defineStaticRoutes.get(ALICE, pool.id(), route.id()));
    assertEquals(route, ipam.defineStaticRoutes.get(OPERATOR, pool.id(), route.id()));
  }

  @Test
  void whoever_sees_an_allocation_reads_the_routes_of_its_pool() {
    StaticRoute route = add("192.168.0.0");
    Allocation allocation = ipam.next(pool);

    assertEquals(List.of(route), ipam.defineStaticRoutes.forAllocation(ALICE, allocation));
    assertEquals(List.of(route), ipam.defineStaticRoutes.forAllocation(OPERATOR, allocation));
    assertEquals(NotFound.Kind.ALLOCATION, assertThrows(NotFound.class,
        () -> ipam.defineStaticRoutes.forAllocation(BOB, allocation)).kind());
  }

  @Test
  void lists_the_routes_of_a_pool_by_id_page_by_page() {
    List<String> ids = IntStream.range(0, 4).mapToObj(i -> add("192.168." + i + ".0").id()).sorted().toList();
    Pool other = ipam.add(APool.of("10.1.0.0/24").owner(ALICE.tenant()));
    ipam.defineStaticRoutes.add(ALICE, other.id(), new RouteSpec("172.16.0.0", null, "10.1.0.1"));

    List<StaticRoute> page = ipam.defineStaticRoutes.list(ALICE, pool.id(), ids.get(0), 2);

    assertEquals(ids.subList(1, 3), page.stream().map(StaticRoute::id).toList());
    assertEquals(4, ipam.defineStaticRoutes.list(ALICE, pool.id(), null, 100).size());
  }

  @Test
  void amends_the_fields_given_and_keeps_the_others() {
    StaticRoute route = add("192.168.0.0");
    ipam.clock.advance(Duration.ofMinutes(1));

    StaticRoute amended = ipam.defineStaticRoutes.amend(ALICE, pool.id(), route.id(), new RouteSpec(null, null, "10.0.0.9"));

    assertEquals("192.168.0.0", amended.destination());
    assertEquals("255.255.255.0", amended.netmask());
    assertEquals("10.0.0.9", amended.gateway());
    assertEquals(Ipam.T0.plus(Duration.ofMinutes(1)), amended.updatedAt());
    assertEquals(amended, ipam.defineStaticRoutes.get(ALICE, pool.id(), route.id()));
  }

  @Test
  void removes_a_route_once() {
    StaticRoute route = add("192.168.0.0");

    ipam.defineStaticRoutes.remove(ALICE, pool.id(), route.id());

    assertEquals(NotFound.Kind.STATIC_ROUTE, assertThrows(NotFound.class,
        () -> ipam.defineStaticRoutes.remove(ALICE, pool.id(), route.id())).kind());
    assertEquals(List.of(), ipam.defineStaticRoutes.list(ALICE, pool.id(), null, 10));
  }

  @Test
  void a_route_needs_a_destination_and_a_gateway_and_nothing_is_stored_without() {
    assertThrows(Invalid.class, () -> ipam.defineStaticRoutes.add(ALICE, pool.id(), new RouteSpec(null, null, "g")));
    assertThrows(Invalid.class, () -> ipam.defineStaticRoutes.add(ALICE, pool.id(), new RouteSpec("d", null, null)));

    assertEquals(List.of(), ipam.defineStaticRoutes.list(ALICE, pool.id(), null, 10));
  }

  @Test
  void another_tenants_pool_and_a_route_of_another_pool_are_not_found() {
    StaticRoute route = add("192.168.0.0");
    Pool other = ipam.add(APool.of("10.1.0.0/24").owner(ALICE.tenant()));

    assertEquals(NotFound.Kind.POOL, assertThrows(NotFound.class, () -> ipam.defineStaticRoutes.add(BOB, pool.id(),
        new RouteSpec("d", null, "g"))).kind());
    assertEquals(NotFound.Kind.POOL, assertThrows(NotFound.class,
        () -> ipam.defineStaticRoutes.list(BOB, pool.id(), null, 10)).kind());
    assertEquals(NotFound.Kind.STATIC_ROUTE, assertThrows(NotFound.class,
        () -> ipam.defineStaticRoutes.get(ALICE, other.id(), route.id())).kind());
    assertEquals(NotFound.Kind.STATIC_ROUTE, assertThrows(NotFound.class,
        () -> ipam.defineStaticRoutes.amend(ALICE, other.id(), route.id(), new RouteSpec("x", null, null))).kind());
  }

  @Test
  void the_routes_of_a_removed_pool_are_gone_with_it() {
    StaticRoute route = add("192.168.0.0");

    ipam.removePool.remove(ALICE, pool.id());

    assertEquals(java.util.Optional.empty(), ipam.staticRoutes.find(pool.id(), route.id()));
  }
}
