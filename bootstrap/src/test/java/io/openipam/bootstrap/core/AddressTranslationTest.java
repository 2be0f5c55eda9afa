package io.openipam.bootstrap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.port.in.RemovePool;
import io.openipam.application.port.in.TranslateAddresses;
import io.openipam.application.port.in.TranslateAddresses.Binding;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.ReservedAddresses;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Address translations between allocations in the real store. */
class AddressTranslationTest extends OnMariaDb {

  private TranslateAddresses translations() {
    return node.get(TranslateAddresses.class);
  }

  private static List<AllocationId> ids(List<Allocation> allocations) {
    return allocations.stream().map(Allocation::id).toList();
  }

  @Test
  void bindings_are_made_once_listed_from_both_sides_by_id_and_removed() {
    Pool inside = privatePool(ACME, "10.80.0.0/24", ReservedAddresses.LAST_ONLY);
    Pool outside = privatePool(ACME, "10.81.0.0/24", ReservedAddresses.LAST_ONLY);
    Allocation local = next(ACME, inside.id());
    List<Allocation> globals = Stream.generate(() -> next(ACME, outside.id())).limit(3).toList();
    List<AllocationId> sorted = globals.stream().map(Allocation::id).sorted(Comparator.comparing(AllocationId::value))
        .toList();

    translations().bind(ACME, globals.stream().map(global -> new Binding(local.id(), global.id())).toList());
    translations().bind(ACME, List.of(new Binding(local.id(), globals.get(0).id())));

    assertEquals(sorted, ids(translations().globalsOf(ACME, local.id(), null, 10)));
    assertEquals(sorted.subList(1, 3), ids(translations().globalsOf(ACME, local.id(), sorted.get(0), 10)));
    assertEquals(List.of(local.id()), ids(translations().localsOf(ACME, globals.get(1).id(), null, 10)));
    translations().unbind(ACME, new Binding(local.id(), sorted.get(0)));
    assertEquals(sorted.subList(1, 3), ids(translations().globalsOf(ACME, local.id(), null, 10)));
    translations().unbindLocalsOf(ACME, sorted.get(1));
    assertEquals(sorted.subList(2, 3), ids(translations().globalsOf(ACME, local.id(), null, 10)));
    translations().unbindGlobalsOf(ACME, local.id());
    assertEquals(List.of(), translations().globalsOf(ACME, local.id(), null, 10));
    assertThrows(NotFound.class, () -> translations().globalsOf(GLOBEX, local.id(), null, 10));
  }

  @Test
  void bindings_go_with_the_allocations_of_a_removed_pool() {
    Pool inside = privatePool(ACME, "10.82.0.0/24", ReservedAddresses.LAST_ONLY);
    Pool outside = privatePool(ACME, "10.83.0.0/24", ReservedAddresses.LAST_ONLY);
    Allocation local = next(ACME, inside.id());
    Allocation global = next(ACME, outside.id());
    translations().bind(ACME, List.of(new Binding(local.id(), global.id())));

    node.get(RemovePool.class).remove(ACME, outside.id());

    assertEquals(List.of(), translations().globalsOf(ACME, local.id(), null, 10));
  }
}
