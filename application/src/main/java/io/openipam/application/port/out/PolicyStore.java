package io.openipam.application.port.out;

import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.policy.UnusableOctet;
import io.openipam.domain.policy.UnusableRange;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where policies live, with their unusable ranges and octets (each ordered by id). A range or
 * octet is written only under its own policy: the methods that name both say whether they found it.
 */
public interface PolicyStore {

  void insert(Policy policy);

  Optional<Policy> find(PolicyId id);

  /** Ordered by id, after {@code afterId} when given. */
  List<Policy> list(TenantId owner, PolicyId afterId, int limit);

  /** Writes the policy's name, description and update time. */
  void update(Policy policy);

  /**
   * Deletes the policy, its ranges and octets, after taking it off every pool that uses it (their
   * update time becomes {@code now}); returns those pools.
   */
  List<PoolId> delete(PolicyId id, Instant now);

  /** Throws NotFound (policy) if the policy is gone. */
  void insertRange(PolicyId policy, UnusableRange range);

  boolean updateRange(PolicyId policy, UnusableRange range);

  boolean deleteRange(PolicyId policy, String rangeId);

  /** Throws NotFound (policy) if the policy is gone. */
  void insertOctet(PolicyId policy, UnusableOctet octet);

  boolean updateOctet(PolicyId policy, UnusableOctet octet);

  boolean deleteOctet(PolicyId policy, String octetId);
}
