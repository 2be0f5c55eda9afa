package io.openipam.application.fakes;

import io.openipam.application.port.out.PolicyStore;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import java.util.Optional;

public final class InMemoryPolicies implements PolicyStore {

  private final InMemoryDatabase db;

  public InMemoryPolicies(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public void insert(Policy policy) {
    if (db.policies.putIfAbsent(policy.id(), policy) != null) {
      throw new IllegalStateException("duplicate primary key: policy " + policy.id());
    }
  }

  @Override
  public Optional<Policy> find(PolicyId id) {
    return Optional.ofNullable(db.policies.get(id));
  }

  /** Test hook: someone edits a stored policy's ranges or octets behind the application's back. */
  public void replace(Policy policy) {
    if (db.policies.replace(policy.id(), policy) == null) {
      throw new IllegalStateException("no policy " + policy.id());
    }
  }
}
