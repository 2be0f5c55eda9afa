package io.openipam.application.port.out;

import io.openipam.domain.allocation.AllocationId;
import java.time.Instant;
import java.util.List;

/** Where address translations (local allocation, global allocation) live; they go with either allocation. */
public interface TranslationStore {

  /** Stores the binding unless it is there already; throws NotFound (allocation) if either allocation is gone. */
  void insert(AllocationId local, AllocationId global, Instant at);

  /** Ordered by id, after {@code afterId} when given. */
  List<AllocationId> globalsOf(AllocationId local, AllocationId afterId, int limit);

  /** Ordered by id, after {@code afterId} when given. */
  List<AllocationId> localsOf(AllocationId global, AllocationId afterId, int limit);

  void delete(AllocationId local, AllocationId global);

  void deleteGlobalsOf(AllocationId local);

  void deleteLocalsOf(AllocationId global);
}
