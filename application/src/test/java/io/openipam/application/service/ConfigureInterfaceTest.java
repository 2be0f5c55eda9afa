package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.fakes.Ipam.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.application.fakes.Devices;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.ConfigureInterface.Configured;
import io.openipam.application.port.in.ConfigureInterface.Wanted;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigureInterfaceTest {

  private static final TenantId ALICE_T = ALICE.tenant();
  private static final NetworkId NET1 = new NetworkId("net1");
  private static final NetworkId NET2 = new NetworkId("net2");

  private final Ipam ipam = new Ipam();
  private final Devices devices = new Devices(ipam);

  private static Wanted wanted(String id, TenantId tenant, NetworkId network) {
    return new Wanted(id == null ? null : new InterfaceId(id), tenant, "vm-1", null, network);
  }

  private String mac(NetworkInterface nic) {
    return nic.mac() == null ? null : nic.mac().toString();
  }

  @Test
  void without_mac_ranges_a_new_interface_has_no_mac() {
    NetworkInterface nic = devices.configure.create(ALICE, wanted("vif-1", ALICE_T, null));

    assertNull(nic.mac());
    assertEquals("vm-1", nic.deviceId());
    assertEquals(nic, devices.find.get(ALICE, new InterfaceId("vif-1")));
  }

  @Test
  void a_new_interface_without_an_id_gets_one_of_its_own() {
    NetworkInterface first = devices.configure.create(ALICE, wanted(null, ALICE_T, null));
    NetworkInterface second = devices.configure.create(ALICE, wanted(null, ALICE_T, null));

    assertFalse(first.id().equals(second.id()));
  }

  @Test
  void macs_come_from_the_oldest_range_first_then_the_next_and_run_out() {
    devices.ranges.define(OPERATOR, "ab:bc:cd:12:23:34/47");
    ipam.clock.advance(Duration.ofSeconds(1));
    devices.ranges.define(OPERATOR, "bc:00:00:00:00:00/48");

    List<String> macs = List.of("a", "b", "c").stream()
        .map(id -> mac(devices.configure.create(ALICE, wanted(id, ALICE_T, null)))).toList();

    assertEquals(List.of("ab:bc:cd:12:23:34", "ab:bc:cd:12:23:35", "bc:00:00:00:00:00"), macs);
    Exhausted exhausted = assertThrows(Exhausted.class, () -> devices.configure.create(ALICE, wanted("d", ALICE_T, null)));
    assertEquals(Exhausted.Scope.MAC_RANGES, exhausted.scope());
    assertTrue(devices.find.ofDevice(ALICE, "vm-1").stream().noneMatch(nic -> nic.id().value().equals("d")));
  }

  @Test
  void a_mac_someone_named_is_skipped_and_a_named_mac_is_kept_as_named() {
    devices.ranges.define(OPERATOR, "bc:76:4e:00:00:00/24");
    NetworkInterface named = devices.configure.create(ALICE, new Wanted(new InterfaceId("named"), ALICE_T, null,
        MacAddress.parse("bc:76:4e:00:00:00"), null));

    NetworkInterface next = devices.configure.create(ALICE, wanted("next", ALICE_T, null));

    assertEquals("bc:76:4e:00:00:00", mac(named));
    assertNull(named.macRange());
    assertEquals("bc:76:4e:00:00:01", mac(next));
  }

  @Test
  void a_mac_held_by_another_interface_is_a_conflict() {
    devices.configure.create(ALICE, new Wanted(new InterfaceId("a"), ALICE_T, null, MacAddress.parse("02:00:00:00:00:01"), null));

    Conflict conflict = assertThrows(Conflict.class, () -> devices.configure.create(ALICE,
        new Wanted(new InterfaceId("b"), ALICE_T, null, MacAddress.parse("02:00:00:00:00:01"), null)));

    assertEquals(Conflict.Reason.MAC_TAKEN, conflict.reason());
  }

  @Test
  void an_id_is_unique_across_tenants_and_a_taken_id_gives_its_mac_back() {
    devices.ranges.define(OPERATOR, "bc:76:4e:00:00:00/24");
    devices.configure.create(BOB, wanted("vif", BOB.tenant(), null));

    Conflict conflict = assertThrows(Conflict.class, () -> devices.configure.create(ALICE, wanted("vif", ALICE_T, null)));

    assertEquals(Conflict.Reason.INTERFACE_TAKEN, conflict.reason());
    assertEquals("bc:76:4e:00:00:01", mac(devices.configure.create(ALICE, wanted("other", ALICE_T, null))));
  }

  @Test
  void a_tenant_creates_interfaces_only_for_itself() {
    assertThrows(Forbidden.class, () -> devices.configure.create(ALICE, wanted("vif", BOB.tenant(), null)));
    devices.configure.create(OPERATOR, wanted("vif", BOB.tenant(), null));
  }

  @Test
  void find_or_create_reuses_the_tenant_interface_and_ignores_device_and_mac() {
    devices.ranges.define(OPERATOR, "bc:76:4e:00:00:00/24");
    Configured created = devices.configure.findOrCreate(OPERATOR, wanted("vif", ALICE_T, null));

    Configured found = devices.configure.findOrCreate(OPERATOR,
        new Wanted(new InterfaceId("vif"), ALICE_T, "other-vm", MacAddress.parse("02:00:00:00:00:09"), null));

    assertTrue(created.created());
    assertFalse(found.created());
    assertEquals(created.nic(), found.nic());
    assertEquals("bc:76:4e:00:00:00", mac(found.nic()));
  }

  @Test
  void find_or_create_refuses_an_id_of_another_tenant() {
    devices.configure.findOrCreate(OPERATOR, wanted("vif", BOB.tenant(), null));

    Conflict conflict = assertThrows(Conflict.class,
        () -> devices.configure.findOrCreate(OPERATOR, wanted("vif", ALICE_T, null)));

    assertEquals(Conflict.Reason.INTERFACE_TAKEN, conflict.reason());
  }

  @Test
  void an_interface_joins_the_first_network_and_stays_on_it() {
    devices.configure.findOrCreate(ALICE, wanted("vif", ALICE_T, null));

    Configured joined = devices.configure.findOrCreate(ALICE, wanted("vif", ALICE_T, NET1));
    Conflict conflict = assertThrows(Conflict.class,
        () -> devices.configure.findOrCreate(ALICE, wanted("vif", ALICE_T, NET2)));

    assertEquals(NET1, joined.nic().network());
    assertEquals(NET1, devices.find.get(ALICE, new InterfaceId("vif")).network());
    assertEquals(Conflict.Reason.INTERFACE_ON_OTHER_NETWORK, conflict.reason());
  }

  @Test
  void undo_deletes_only_what_find_or_create_created_and_gives_its_mac_back() {
    devices.ranges.define(OPERATOR, "bc:76:4e:00:00:00/24");
    Configured existing = devices.configure.findOrCreate(ALICE, wanted("kept", ALICE_T, null));
    Configured again = devices.configure.findOrCreate(ALICE, wanted("kept", ALICE_T, null));
    Configured created = devices.configure.findOrCreate(ALICE, wanted("new", ALICE_T, null));

    devices.configure.undo(again);
    devices.configure.undo(created);

    assertEquals(existing.nic(), devices.find.get(ALICE, new InterfaceId("kept")));
    assertThrows(NotFound.class, () -> devices.find.get(ALICE, new InterfaceId("new")));
    assertEquals("bc:76:4e:00:00:01", mac(devices.configure.create(ALICE, wanted("later", ALICE_T, null))));
  }

  @Test
  void another_tenant_interface_is_not_found() {
    devices.configure.create(BOB, wanted("vif", BOB.tenant(), null));

    NotFound notFound = assertThrows(NotFound.class, () -> devices.find.get(ALICE, new InterfaceId("vif")));

    assertEquals(NotFound.Kind.INTERFACE, notFound.kind());
    assertEquals(List.of(), devices.find.ofDevice(ALICE, "vm-1"));
    assertEquals(1, devices.find.ofDevice(OPERATOR, "vm-1").size());
  }
}
