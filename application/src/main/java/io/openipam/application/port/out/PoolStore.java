package io.openipam.application.port.out;

import io.openipam.domain.address.IpFamily;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Where pools live. */
public interface PoolStore {

  /** Stores a new pool, gives it an empty allocation cursor, and counts it under its parent. */
  void insert(Pool pool);

  Optional<Pool> find(PoolId id);

  /** Writes {@code updated} if the stored version is still {@code expectedVersion}; says whether it did. */
  boolean update(Pool updated, long expectedVersion);

  /** Reads and locks the pool until the transaction ends, so its children are placed one at a time. */
  Optional<Pool> findForUpdate(PoolId id);

  /**
   * Serializes placement checks within one address space (the public space, or one network),
   * so two pools placed at the same moment cannot both pass the overlap checks.
   */
  void lockPlacement(String space);

  List<Pool> children(PoolId parent);

  List<Pool> overlappingPublicTopLevel(IpPrefix prefix);

  /** Pools of the network without a parent, or whose parent is in another network. */
  List<Pool> overlappingTopLevelInNetwork(NetworkId network, IpPrefix prefix);

  Optional<Visibility> visibilityOf(NetworkId network);

  /** Pools of the network and owner, sub-pools and their parents alike, in creation order. */
  List<Pool> inNetwork(NetworkId network, TenantId owner);

  /** Pools without sub-pools, in creation order. */
  List<Pool> leavesInNetwork(NetworkId network, TenantId owner);

  /** Public pools of {@code owner} without sub-pools, in creation order. */
  List<Pool> publicLeaves(TenantId owner, LocationId location, IpFamily family, int unitLength);

  /** Ordered by id, after {@code afterId} when given; {@code visibility} null means both. */
  List<Pool> list(TenantId owner, Visibility visibility, PoolId afterId, int limit);

  /** Deletes the pool, its sub-pools at every depth and all their allocations; returns the pools deleted. */
  List<PoolId> deleteTree(PoolId id);
}
