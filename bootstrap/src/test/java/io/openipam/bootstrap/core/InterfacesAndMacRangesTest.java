package io.openipam.bootstrap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.application.port.in.AllocateFromPool;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.AllowAddresses;
import io.openipam.application.port.in.ConfigureInterface;
import io.openipam.application.port.in.ConfigureInterface.Wanted;
import io.openipam.application.port.in.CreatePool;
import io.openipam.application.port.in.FindInterfaces;
import io.openipam.application.port.in.FindPools;
import io.openipam.application.port.in.MacAddressRanges;
import io.openipam.application.port.in.RemoveInterface;
import io.openipam.application.port.in.SearchAllocations;
import io.openipam.application.port.in.SearchAllocations.Query;
import io.openipam.bootstrap.support.IpamNode;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.device.MacRange;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.ReservedAddresses;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Interfaces, MAC ranges and the allocation search on the real database. */
class InterfacesAndMacRangesTest extends OnMariaDb {

  private static Wanted wanted(String id, TenantId tenant, String device, NetworkId network) {
    return new Wanted(id == null ? null : new InterfaceId(id), tenant, device, null, network);
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID();
  }

  private List<MacRange> clearRanges() {
    MacAddressRanges ranges = node.get(MacAddressRanges.class);
    List<MacRange> before = ranges.list(OPERATOR);
    before.forEach(range -> ranges.remove(OPERATOR, range.id()));
    return before;
  }

  @Test
  void macs_come_from_ranges_in_creation_order_are_reused_when_freed_and_run_out() {
    clearRanges();
    MacAddressRanges ranges = node.get(MacAddressRanges.class);
    ConfigureInterface configure = node.get(ConfigureInterface.class);
    ranges.define(OPERATOR, "0a:00:00:00:00:00/47");
    ranges.define(OPERATOR, "0b:00:00:00:00:00/48");

    NetworkInterface a = configure.create(OPERATOR, wanted(unique("a"), ACME.tenant(), "vm", null));
    NetworkInterface b = configure.create(OPERATOR, wanted(unique("b"), ACME.tenant(), "vm", null));
    NetworkInterface c = configure.create(OPERATOR, wanted(unique("c"), ACME.tenant(), "vm", null));
    assertThrows(Exhausted.class, () -> configure.create(OPERATOR, wanted(unique("d"), ACME.tenant(), "vm", null)));
    node.get(RemoveInterface.class).remove(OPERATOR, b.id());
    NetworkInterface e = configure.create(OPERATOR, wanted(unique("e"), ACME.tenant(), "vm", null));

    assertEquals(List.of("0a:00:00:00:00:00", "0a:00:00:00:00:01", "0b:00:00:00:00:00"),
        List.of(a.mac().toString(), b.mac().toString(), c.mac().toString()));
    assertEquals(b.mac(), e.mac());
    assertEquals(e, node.get(FindInterfaces.class).get(OPERATOR, e.id()));
    clearRanges();
    assertEquals(e.mac(), node.get(FindInterfaces.class).get(OPERATOR, e.id()).mac());
  }

  @Test
  void ids_and_macs_are_unique_and_an_interface_stays_on_its_network() {
    clearRanges();
    ConfigureInterface configure = node.get(ConfigureInterface.class);
    String id = unique("vif");
    MacAddress mac = MacAddress.parse("02:11:22:33:44:55");
    configure.create(OPERATOR, new Wanted(new InterfaceId(id), ACME.tenant(), null, mac, null));

    Conflict idTaken = assertThrows(Conflict.class,
        () -> configure.findOrCreate(OPERATOR, wanted(id, GLOBEX.tenant(), null, null)));
    Conflict macTaken = assertThrows(Conflict.class, () -> configure.create(OPERATOR,
        new Wanted(new InterfaceId(unique("other")), ACME.tenant(), null, mac, null)));
    ConfigureInterface.Configured joined = configure.findOrCreate(OPERATOR,
        wanted(id, ACME.tenant(), null, new NetworkId("net-a")));
    Conflict otherNetwork = assertThrows(Conflict.class,
        () -> configure.findOrCreate(OPERATOR, wanted(id, ACME.tenant(), null, new NetworkId("net-b"))));

    assertEquals(Conflict.Reason.INTERFACE_TAKEN, idTaken.reason());
    assertEquals(Conflict.Reason.MAC_TAKEN, macTaken.reason());
    assertFalse(joined.created());
    assertEquals(new NetworkId("net-a"), node.get(FindInterfaces.class).get(OPERATOR, new InterfaceId(id)).network());
    assertEquals(Conflict.Reason.INTERFACE_ON_OTHER_NETWORK, otherNetwork.reason());
  }

  @Test
  void removing_an_interface_releases_its_addresses_and_search_finds_by_each_criterion() {
    Pool pool = privatePool(ACME, "10.60.0.0/29", ReservedAddresses.LAST_ONLY);
    String device = unique("dev");
    String vif = unique("vif");
    NetworkInterface nic = node.get(ConfigureInterface.class).create(OPERATOR,
        wanted(vif, GLOBEX.tenant(), device, null));
    AllocateFromPool allocate = node.get(AllocateFromPool.class);
    Allocation onNic = allocate.allocateNext(ACME, pool.id(), new AllocationDetails(GLOBEX.tenant(),
        new Attachment(device, vif), null, null, null, null, null));
    Allocation loose = allocate.allocateNext(ACME, pool.id(), leasedTo("globex"));
    SearchAllocations search = node.get(SearchAllocations.class);

    assertEquals(List.of(onNic), search.ofInterface(GLOBEX, nic.id(), null));
    assertEquals(List.of(onNic), search.list(GLOBEX, new Query(GLOBEX.tenant(), device, null, null, null, 10)));
    assertEquals(List.of(loose), search.list(OPERATOR, new Query(null, null, loose.address(), null, null, 10)));
    assertTrue(search.list(GLOBEX, new Query(GLOBEX.tenant(), null, null, null, null, 1000))
        .containsAll(List.of(onNic, loose)));

    node.get(RemoveInterface.class).remove(GLOBEX, nic.id());

    Allocation released = node.get(io.openipam.application.port.in.FindAllocations.class).get(ACME, onNic.id());
    assertEquals(AllocationState.RELEASED, released.state());
    assertNull(released.attachment());
    assertEquals(List.of(), search.list(GLOBEX,
        new Query(GLOBEX.tenant(), device, null, AllocationState.ALLOCATED, null, 10)));
    assertThrows(NotFound.class, () -> node.get(FindInterfaces.class).get(GLOBEX, nic.id()));
  }

  @Test
  void a_network_lists_its_pools_and_an_interface_may_hold_an_allowed_address_of_it() {
    NetworkId network = new NetworkId(unique("net"));
    CreatePool create = node.get(CreatePool.class);
    Pool first = create.create(ACME, CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse("10.61.0.0/24"),
        Visibility.PRIVATE).network(network).reserved(ReservedAddresses.LAST_ONLY).build());
    Pool second = create.create(ACME, CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse("10.61.0.0/25"),
        Visibility.PRIVATE).network(network).parent(first.id()).reserved(ReservedAddresses.LAST_ONLY).build());
    assertEquals(List.of(first.id(), second.id()), node.get(FindPools.class).inNetwork(ACME, network, ACME.tenant())
        .stream().map(Pool::id).toList());

    String vif = unique("vif");
    NetworkInterface nic = node.get(ConfigureInterface.class).create(OPERATOR, wanted(vif, GLOBEX.tenant(), null, network));
    Allocation shared = node.get(AllocateFromPool.class).allocateNext(ACME, second.id(), leasedTo("globex"));
    AllowAddresses allow = node.get(AllowAddresses.class);

    assertEquals(AllowAddresses.Outcome.ALLOWED, allow.allow(GLOBEX, nic.id(), network, shared.address()).outcome());
    allow.allow(GLOBEX, nic.id(), network, shared.address());
    assertEquals(List.of(shared), allow.allowedOn(GLOBEX, nic.id()));
    assertTrue(allow.disallow(GLOBEX, nic.id(), shared.address()));
    assertEquals(List.of(), allow.allowedOn(GLOBEX, nic.id()));
    allow.allow(GLOBEX, nic.id(), network, shared.address());
    node.get(RemoveInterface.class).remove(GLOBEX, nic.id());
    assertEquals(AllocationState.ALLOCATED, node.get(io.openipam.application.port.in.FindAllocations.class)
        .get(ACME, shared.id()).state(), "the permission went with the interface, the address stays");
  }

  @Test
  void two_processes_never_hand_out_one_mac_twice() throws Exception {
    clearRanges();
    node.get(MacAddressRanges.class).define(OPERATOR, "0c:00:00:00:00:00/42");
    ConcurrentLinkedQueue<MacAddress> handedOut = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    try (IpamNode second = IpamNode.start(schema, Map.of())) {
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService threads = Executors.newFixedThreadPool(16);
      for (IpamNode process : List.of(node, second)) {
        ConfigureInterface configure = process.get(ConfigureInterface.class);
        for (int i = 0; i < 8; i++) {
          threads.submit(() -> {
            try {
              start.await();
              while (true) {
                handedOut.add(configure.create(OPERATOR, wanted(null, ACME.tenant(), null, null)).mac());
              }
            } catch (Exhausted done) {
              // every MAC of the range is handed out
            } catch (Throwable e) {
              unexpected.add(e);
            }
          });
        }
      }
      start.countDown();
      threads.shutdown();
      assertTrue(threads.awaitTermination(2, TimeUnit.MINUTES), "threads did not finish");
    }

    assertEquals(List.of(), new ArrayList<>(unexpected));
    Set<MacAddress> distinct = new HashSet<>(handedOut);
    assertEquals(handedOut.size(), distinct.size(), "a MAC was handed out twice");
    assertEquals(64, distinct.size());
    clearRanges();
  }
}
