package io.openipam.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.FixedSettings;
import io.openipam.application.fakes.Ipam;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.pool.Pool;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Many requests in two processes at once still hand out every address at most once. */
class ConcurrentAllocationTest {

  @Test
  @Timeout(30)
  void threads_of_two_processes_never_hand_out_an_address_twice() throws Exception {
    Ipam first = new Ipam(FixedSettings.defaults().withLeaseSize(8));
    Ipam second = first.anotherProcess(FixedSettings.defaults().withLeaseSize(5));
    Pool pool = first.add(APool.of("10.0.0.0/23"));
    List<Callable<List<Allocation>>> requests = new ArrayList<>();
    for (int thread = 0; thread < 8; thread++) {
      Ipam process = thread % 2 == 0 ? first : second;
      requests.add(() -> {
        List<Allocation> taken = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
          taken.add(process.next(pool));
        }
        return taken;
      });
    }

    List<Allocation> all = new ArrayList<>();
    try (ExecutorService executor = Executors.newFixedThreadPool(8)) {
      for (Future<List<Allocation>> result : executor.invokeAll(requests)) {
        all.addAll(result.get());
      }
    }

    Set<String> addresses = new HashSet<>();
    all.forEach(allocation -> addresses.add(allocation.address().toString()));
    assertEquals(480, all.size());
    assertEquals(480, addresses.size());
    assertEquals(480, first.allocations.size());
  }

  @Test
  @Timeout(30)
  void a_pool_filled_concurrently_ends_exhausted_with_every_usable_address_handed_out() throws Exception {
    Ipam ipam = new Ipam(FixedSettings.defaults().withLeaseSize(3));
    Pool pool = ipam.add(APool.of("10.0.0.0/26"));
    List<Callable<Integer>> requests = new ArrayList<>();
    for (int thread = 0; thread < 6; thread++) {
      requests.add(() -> {
        int taken = 0;
        try {
          while (true) {
            ipam.next(pool);
            taken++;
          }
        } catch (Exhausted exhausted) {
          return taken;
        }
      });
    }

    int total = 0;
    try (ExecutorService executor = Executors.newFixedThreadPool(6)) {
      for (Future<Integer> result : executor.invokeAll(requests)) {
        total += result.get();
      }
    }

    assertEquals(62, total);
    assertEquals(62, ipam.allocations.size());
    assertThrows(Exhausted.class, () -> ipam.next(pool));
  }
}
