package io.openipam.domain.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.domain.error.Invalid;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StaticRouteTest {

  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final PoolId POOL = new PoolId("pool-1");

  private static StaticRoute route(String destination, String netmask, String gateway) {
    return new StaticRoute("r", POOL, destination, netmask, gateway, T0, T0);
  }

  @Test
  void needs_a_destination_and_a_gateway_but_no_netmask() {
    assertNull(route("192.168.0.0", null, "10.0.0.1").netmask());
    assertEquals("destination", assertThrows(Invalid.class, () -> route(null, null, "10.0.0.1")).field());
    assertEquals("gateway", assertThrows(Invalid.class, () -> route("192.168.0.0", null, " ")).field());
  }

  @Test
  void keeps_each_text_within_255_characters() {
    String long256 = "x".repeat(256);
    assertEquals("destination", assertThrows(Invalid.class, () -> route(long256, null, "g")).field());
    assertEquals("netmask", assertThrows(Invalid.class, () -> route("d", long256, "g")).field());
    assertEquals("gateway", assertThrows(Invalid.class, () -> route("d", null, long256)).field());
    assertEquals("netmask", assertThrows(Invalid.class, () -> route("d", "", "g")).field());
  }

  @Test
  void an_amended_route_keeps_its_identity_pool_and_creation_time() {
    Instant later = T0.plusSeconds(60);

    StaticRoute amended = route("192.168.0.0", "255.255.255.0", "10.0.0.1").amended("172.16.0.0", null, "10.0.0.2", later);

    assertEquals(new StaticRoute("r", POOL, "172.16.0.0", null, "10.0.0.2", T0, later), amended);
  }
}
