package io.openipam.domain.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NetworkInterfaceTest {

  private static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");
  private static final NetworkId NET1 = new NetworkId("net1");
  private static final NetworkId NET2 = new NetworkId("net2");

  private static NetworkInterface on(NetworkId network) {
    return new NetworkInterface(new InterfaceId("vif"), new TenantId("t"), "vm", null, null, network, T0, T0, 0);
  }

  @Test
  void an_interface_on_no_network_joins_the_first_pool_network() {
    NetworkInterface nic = on(null);

    nic.checkMayJoin(NET1);
    assertTrue(nic.joins(NET1));
    NetworkInterface joined = nic.onNetwork(NET1, T0.plusSeconds(1));
    assertEquals(NET1, joined.network());
    assertEquals(1, joined.version());
    assertEquals(T0.plusSeconds(1), joined.updatedAt());
  }

  @Test
  void an_interface_takes_addresses_from_one_network_only() {
    NetworkInterface nic = on(NET1);

    nic.checkMayJoin(NET1);
    nic.checkMayJoin(null);
    assertFalse(nic.joins(NET1));
    Conflict conflict = assertThrows(Conflict.class, () -> nic.checkMayJoin(NET2));
    assertEquals(Conflict.Reason.INTERFACE_ON_OTHER_NETWORK, conflict.reason());
  }

  @Test
  void a_device_id_is_one_to_255_characters() {
    assertThrows(Invalid.class, () -> new NetworkInterface(new InterfaceId("vif"), new TenantId("t"), " ", null,
        null, null, T0, T0, 0));
    assertThrows(Invalid.class, () -> new NetworkInterface(new InterfaceId("vif"), new TenantId("t"),
        "d".repeat(256), null, null, null, T0, T0, 0));
  }
}
