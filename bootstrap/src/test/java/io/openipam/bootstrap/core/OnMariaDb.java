package io.openipam.bootstrap.core;

import io.openipam.application.port.in.AllocateFromPool;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.CreatePool;
import io.openipam.bootstrap.support.DatabaseServer;
import io.openipam.bootstrap.support.IpamNode;
import io.openipam.bootstrap.support.RealDatabase;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.ReservedAddresses;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A test class with a schema of its own on the real database and one node of the core on it. */
@RealDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OnMariaDb {

  static final Principal ACME = Principal.tenant("acme");
  static final Principal GLOBEX = Principal.tenant("globex");
  static final Principal OPERATOR = Principal.operator("operator");

  DatabaseServer.Schema schema;
  IpamNode node;

  /** Settings for this class's node; fixed leases of one slot keep the hand-out order strict. */
  Map<String, Object> settings() {
    return Map.of("ipam.lease-size", 1, "ipam.lease-growth", 1);
  }

  @BeforeAll
  void startNode() {
    schema = DatabaseServer.newSchema();
    node = IpamNode.start(schema, settings());
  }

  @AfterAll
  void stopNode() {
    if (node != null) {
      node.close();
    }
    if (schema != null) {
      schema.close();
    }
  }

  Pool privatePool(Principal owner, String cidr, ReservedAddresses reserved) {
    return node.get(CreatePool.class).create(owner,
        CreatePool.NewPool.builder(owner.tenant(), IpPrefix.parse(cidr), Visibility.PRIVATE).reserved(reserved).build());
  }

  Allocation next(Principal caller, PoolId pool) {
    return node.get(AllocateFromPool.class).allocateNext(caller, pool, AllocationDetails.NONE);
  }

  static AllocationDetails leasedTo(String tenant) {
    return AllocationDetails.NONE.leasedTo(new TenantId(tenant));
  }
}
