package io.openipam.application.port.out;

import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import java.util.Optional;

/** Where policies live, with their unusable ranges and octets. */
public interface PolicyStore {

  void insert(Policy policy);

  Optional<Policy> find(PolicyId id);
}
