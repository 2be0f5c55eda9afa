package io.openipam.bootstrap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.application.port.in.AllocateFromPool;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.FindAllocations;
import io.openipam.bootstrap.support.IpamNode;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.ReservedAddresses;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two nodes with their own connection pools and leases, as two server processes would have,
 * drain one pool from 16 threads each. The database alone keeps them from handing out an
 * address twice.
 */
class TwoServerProcessesTest extends OnMariaDb {

  private static final int THREADS_PER_NODE = 16;

  @Override
  Map<String, Object> settings() {
    return Map.of("ipam.lease-size", 16);
  }

  @Test
  void every_address_is_handed_out_exactly_once_and_exhaustion_is_the_domain_error() throws Exception {
    Pool pool = privatePool(ACME, "10.50.0.0/24", ReservedAddresses.NETWORK_AND_LAST);
    ConcurrentLinkedQueue<IpAddress> handedOut = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    List<Exhausted> exhaustions = Collections.synchronizedList(new ArrayList<>());

    try (IpamNode second = IpamNode.start(schema, Map.of("ipam.lease-size", 1))) {
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
      for (IpamNode process : List.of(node, second)) {
        AllocateFromPool allocate = process.get(AllocateFromPool.class);
        for (int i = 0; i < THREADS_PER_NODE; i++) {
          threads.submit(() -> drain(allocate, pool.id(), start, handedOut, exhaustions, unexpected));
        }
      }
      start.countDown();
      threads.shutdown();
      assertTrue(threads.awaitTermination(2, TimeUnit.MINUTES), "allocation threads did not finish");
    }

    assertEquals(List.of(), List.copyOf(unexpected), "only the domain's exhaustion may end a thread");
    assertEquals(2 * THREADS_PER_NODE, exhaustions.size());
    Set<IpAddress> distinct = new HashSet<>(handedOut);
    assertEquals(handedOut.size(), distinct.size(), "an address was handed out twice");
    assertEquals(254, distinct.size(), "every usable address of the /24 was handed out");
    List<Allocation> stored = node.get(FindAllocations.class)
        .list(ACME, new FindAllocations.Query(null, pool.id(), null, null, 1000));
    assertEquals(distinct, new HashSet<>(stored.stream().map(Allocation::address).toList()));
  }

  private static void drain(AllocateFromPool allocate, PoolId pool, CountDownLatch start,
      ConcurrentLinkedQueue<IpAddress> handedOut, List<Exhausted> exhaustions, ConcurrentLinkedQueue<Throwable> unexpected) {
    try {
      start.await();
      for (int attempt = 0; attempt < 1_000; attempt++) {
        handedOut.add(allocate.allocateNext(ACME, pool, AllocationDetails.NONE).address());
      }
      unexpected.add(new AssertionError("a thread allocated 1,000 addresses from a /24"));
    } catch (Exhausted exhausted) {
      exhaustions.add(exhausted);
    } catch (Throwable other) {
      unexpected.add(other);
    }
  }
}
