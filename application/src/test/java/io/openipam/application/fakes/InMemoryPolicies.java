package io.openipam.application.fakes;

import io.openipam.application.port.out.PolicyStore;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.policy.UnusableOctet;
import io.openipam.domain.policy.UnusableRange;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Policies with their ranges and octets kept in id order, as the real store reads them. */
public final class InMemoryPolicies implements PolicyStore {

  private final InMemoryDatabase db;

  public InMemoryPolicies(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public void insert(Policy policy) {
    synchronized (db) {
      if (db.policies.putIfAbsent(policy.id(), sorted(policy)) != null) {
        throw new IllegalStateException("duplicate primary key: policy " + policy.id());
      }
    }
  }

  @Override
  public Optional<Policy> find(PolicyId id) {
    synchronized (db) {
      return Optional.ofNullable(db.policies.get(id));
    }
  }

  @Override
  public List<Policy> list(TenantId owner, PolicyId afterId, int limit) {
    synchronized (db) {
      return db.policies.values().stream()
          .filter(policy -> policy.owner().equals(owner))
          .filter(policy -> afterId == null || policy.id().value().compareTo(afterId.value()) > 0)
          .sorted(Comparator.comparing(policy -> policy.id().value()))
          .limit(limit)
          .toList();
    }
  }

  @Override
  public void update(Policy policy) {
    synchronized (db) {
      db.policies.computeIfPresent(policy.id(), (id, stored) -> new Policy(id, stored.owner(), policy.name(),
          policy.description(), stored.ranges(), stored.octets(), stored.createdAt(), policy.updatedAt()));
    }
  }

  @Override
  public List<PoolId> delete(PolicyId id, Instant now) {
    synchronized (db) {
      List<PoolId> detached = new ArrayList<>();
      db.pools.replaceAll((poolId, pool) -> {
        if (!id.equals(pool.policy())) {
          return pool;
        }
        detached.add(poolId);
        return pool.amended(pool.network(), null, pool.gateway(), pool.nameservers(), pool.description(), now);
      });
      db.policies.remove(id);
      return detached;
    }
  }

  @Override
  public void insertRange(PolicyId policy, UnusableRange range) {
    change(policy, stored -> with(stored, append(stored.ranges(), range), stored.octets()));
  }

  @Override
  public boolean updateRange(PolicyId policy, UnusableRange range) {
    return changeIfHolds(policy, stored -> stored.ranges().stream().anyMatch(r -> r.id().equals(range.id())),
        stored -> with(stored, stored.ranges().stream().map(r -> r.id().equals(range.id()) ? range : r).toList(),
            stored.octets()));
  }

  @Override
  public boolean deleteRange(PolicyId policy, String rangeId) {
    return changeIfHolds(policy, stored -> stored.ranges().stream().anyMatch(r -> r.id().equals(rangeId)),
        stored -> with(stored, stored.ranges().stream().filter(r -> !r.id().equals(rangeId)).toList(),
            stored.octets()));
  }

  @Override
  public void insertOctet(PolicyId policy, UnusableOctet octet) {
    change(policy, stored -> with(stored, stored.ranges(), append(stored.octets(), octet)));
  }

  @Override
  public boolean updateOctet(PolicyId policy, UnusableOctet octet) {
    return changeIfHolds(policy, stored -> stored.octets().stream().anyMatch(o -> o.id().equals(octet.id())),
        stored -> with(stored, stored.ranges(),
            stored.octets().stream().map(o -> o.id().equals(octet.id()) ? octet : o).toList()));
  }

  @Override
  public boolean deleteOctet(PolicyId policy, String octetId) {
    return changeIfHolds(policy, stored -> stored.octets().stream().anyMatch(o -> o.id().equals(octetId)),
        stored -> with(stored, stored.ranges(), stored.octets().stream().filter(o -> !o.id().equals(octetId)).toList()));
  }

  /** Test hook: someone edits a stored policy's ranges or octets behind the application's back. */
  public void replace(Policy policy) {
    synchronized (db) {
      if (db.policies.replace(policy.id(), sorted(policy)) == null) {
        throw new IllegalStateException("no policy " + policy.id());
      }
    }
  }

  private void change(PolicyId id, UnaryOperator<Policy> change) {
    synchronized (db) {
      Policy stored = db.policies.get(id);
      if (stored == null) {
        throw new NotFound(NotFound.Kind.POLICY, id.value()); // like the foreign key of the real store
      }
      db.policies.put(id, sorted(change.apply(stored)));
    }
  }

  private boolean changeIfHolds(PolicyId id, Predicate<Policy> holds, UnaryOperator<Policy> change) {
    synchronized (db) {
      Policy stored = db.policies.get(id);
      if (stored == null || !holds.test(stored)) {
        return false;
      }
      db.policies.put(id, sorted(change.apply(stored)));
      return true;
    }
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> longer = new ArrayList<>(list);
    longer.add(item);
    return longer;
  }

  private static Policy with(Policy policy, List<UnusableRange> ranges, List<UnusableOctet> octets) {
    return new Policy(policy.id(), policy.owner(), policy.name(), policy.description(), ranges, octets,
        policy.createdAt(), policy.updatedAt());
  }

  private static Policy sorted(Policy policy) {
    return with(policy, policy.ranges().stream().sorted(Comparator.comparing(UnusableRange::id)).toList(),
        policy.octets().stream().sorted(Comparator.comparing(UnusableOctet::id)).toList());
  }
}
