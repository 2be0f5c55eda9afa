package io.openipam.bootstrap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.application.port.in.AllocateAndRecordPublicAddress;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.AttachToDevices;
import io.openipam.application.port.in.FindAllocations;
import io.openipam.application.port.in.FindChanges;
import io.openipam.application.port.in.PurgeReleasedAllocations;
import io.openipam.application.port.in.ReleaseAllocation;
import io.openipam.application.port.in.ReleaseAllocation.WhenAttached;
import io.openipam.application.port.out.DeviceBindingStore;
import io.openipam.bootstrap.support.IpamNode;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.change.Change;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.ReservedAddresses;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import io.openipam.domain.allocation.AllocationId;
import org.junit.jupiter.api.Test;

/** An allocation bound to several devices, and a public allocation recorded in one step, on the real database. */
class AttachToDevicesOnMariaDbTest extends OnMariaDb {

  private AttachToDevices devices() {
    return node.get(AttachToDevices.class);
  }

  @Test
  void devices_are_shared_across_processes_and_the_earliest_other_one_takes_over_the_attachment() {
    Pool pool = privatePool(ACME, "10.90.0.0/29", ReservedAddresses.LAST_ONLY);
    Allocation allocation = next(ACME, pool.id());
    devices().attach(ACME, allocation.id(), "vm-1");
    devices().attach(ACME, allocation.id(), "vm-2");
    devices().attach(ACME, allocation.id(), "vm-3");
    devices().attach(ACME, allocation.id(), "vm-2");

    try (IpamNode other = IpamNode.start(schema, settings())) {
      assertEquals(List.of("vm-1", "vm-2", "vm-3"), other.get(AttachToDevices.class).devices(ACME, allocation.id()));
      other.get(AttachToDevices.class).detach(ACME, allocation.id(), "vm-1");
    }

    assertEquals(Attachment.device("vm-2"), node.get(FindAllocations.class).get(ACME, allocation.id()).attachment());
    assertEquals(List.of("vm-2", "vm-3"), devices().devices(ACME, allocation.id()));
    assertEquals(Conflict.Reason.ATTACHED, assertThrows(Conflict.class,
        () -> node.get(ReleaseAllocation.class).release(ACME, allocation.id(), WhenAttached.REFUSE)).reason());
    assertThrows(NotFound.class, () -> devices().devices(GLOBEX, allocation.id()));
  }

  @Test
  void two_processes_attaching_at_once_both_succeed_and_both_devices_count() throws Exception {
    Pool pool = privatePool(ACME, "10.92.0.0/27", ReservedAddresses.LAST_ONLY);
    try (IpamNode other = IpamNode.start(schema, settings())) {
      ExecutorService threads = Executors.newFixedThreadPool(2);
      for (int round = 0; round < 20; round++) {
        AllocationId id = next(ACME, pool.id()).id();
        CyclicBarrier together = new CyclicBarrier(2);
        Future<?> first = threads.submit(() -> {
          together.await();
          return devices().attach(ACME, id, "vm-a");
        });
        Future<?> second = threads.submit(() -> {
          together.await();
          return other.get(AttachToDevices.class).attach(ACME, id, "vm-b");
        });
        first.get();
        second.get();

        assertEquals(Set.of("vm-a", "vm-b"), Set.copyOf(devices().devices(ACME, id)), "round " + round);
      }
      threads.shutdown();
    }
  }

  @Test
  void bindings_go_with_their_allocation_when_it_is_purged() {
    Pool pool = privatePool(ACME, "10.91.0.0/29", ReservedAddresses.LAST_ONLY);
    Allocation allocation = next(ACME, pool.id());
    devices().attach(ACME, allocation.id(), "vm-1");
    devices().attach(ACME, allocation.id(), "vm-2");
    DeviceBindingStore store = node.get(DeviceBindingStore.class);
    assertEquals(List.of("vm-1", "vm-2"), store.devicesOf(allocation.id()));

    node.get(ReleaseAllocation.class).release(ACME, allocation.id(), WhenAttached.DETACH);
    assertEquals(List.of(), devices().devices(ACME, allocation.id()));
    try (IpamNode purging = IpamNode.start(schema, Map.of("ipam.retention", "0s"))) {
      assertTrue(purging.get(PurgeReleasedAllocations.class).purgeDue() >= 1);
    }

    assertEquals(List.of(), store.devicesOf(allocation.id()));
    assertThrows(NotFound.class, () -> store.insert(allocation.id(), "vm-3", Instant.now()));
  }

  @Test
  void a_public_allocation_and_its_change_are_recorded_in_one_step() {
    LocationId demo1 = new LocationId("demo-1");

    Change change = node.get(AllocateAndRecordPublicAddress.class)
        .allocate(GLOBEX, demo1, IpFamily.V4, 32, AllocationDetails.NONE);

    assertEquals(Change.Kind.ALLOCATED, change.kind());
    assertEquals(change, node.get(FindChanges.class).find(GLOBEX, change.id()).orElseThrow());
    assertEquals(GLOBEX.tenant(), node.get(FindAllocations.class).get(GLOBEX, change.subject()).lessee());
  }
}
