package io.openipam.bootstrap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.port.in.DefineStaticRoutes;
import io.openipam.application.port.in.DefineStaticRoutes.RouteSpec;
import io.openipam.application.port.in.RemovePool;
import io.openipam.application.port.out.StaticRouteStore;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.ReservedAddresses;
import io.openipam.domain.pool.StaticRoute;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Static routes of pools in the real store. */
class StaticRoutesTest extends OnMariaDb {

  private DefineStaticRoutes routes() {
    return node.get(DefineStaticRoutes.class);
  }

  @Test
  void a_route_is_stored_paged_amended_and_removed_under_its_pool() {
    Pool pool = privatePool(ACME, "10.70.0.0/24", ReservedAddresses.LAST_ONLY);
    Pool other = privatePool(ACME, "10.71.0.0/24", ReservedAddresses.LAST_ONLY);
    List<String> ids = IntStream.range(0, 3)
        .mapToObj(i -> routes().add(ACME, pool.id(), new RouteSpec("192.168." + i + ".0", null, "10.70.0.1")).id())
        .sorted().toList();

    StaticRoute amended = routes().amend(ACME, pool.id(), ids.get(1), new RouteSpec(null, "255.255.0.0", null));

    assertEquals(amended, routes().get(ACME, pool.id(), ids.get(1)));
    assertEquals("255.255.0.0", amended.netmask());
    assertEquals(ids.subList(1, 3), routes().list(ACME, pool.id(), ids.get(0), 10).stream().map(StaticRoute::id).toList());
    assertThrows(NotFound.class, () -> routes().get(ACME, other.id(), ids.get(0)));
    assertThrows(NotFound.class, () -> routes().remove(ACME, other.id(), ids.get(0)));
    routes().remove(ACME, pool.id(), ids.get(0));
    assertEquals(ids.subList(1, 3), routes().list(ACME, pool.id(), null, 10).stream().map(StaticRoute::id).toList());
    assertEquals(NotFound.Kind.POOL, assertThrows(NotFound.class, () -> routes().list(GLOBEX, pool.id(), null, 10))
        .kind());
  }

  @Test
  void the_routes_go_with_their_pool() {
    Pool pool = privatePool(ACME, "10.72.0.0/24", ReservedAddresses.LAST_ONLY);
    StaticRoute route = routes().add(ACME, pool.id(), new RouteSpec("0.0.0.0", "0.0.0.0", "10.72.0.1"));

    node.get(RemovePool.class).remove(ACME, pool.id());

    assertEquals(Optional.empty(), node.get(StaticRouteStore.class).find(pool.id(), route.id()));
  }
}
