package io.openipam.application.service;

import io.openipam.application.port.in.CreatePool;
import io.openipam.application.port.in.DeclarePublicPools;
import io.openipam.application.port.out.IpamSettings;
import io.openipam.application.port.out.PoolStore;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.Role;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

@Singleton
public class DeclarePublicPoolsService implements DeclarePublicPools {

  private final PoolStore pools;
  private final CreatePool createPool;
  private final IpamSettings settings;

  public DeclarePublicPoolsService(PoolStore pools, CreatePool createPool, IpamSettings settings) {
    this.pools = pools;
    this.createPool = createPool;
    this.settings = settings;
  }

  /** The public-space lock taken first makes concurrent startups see each other's pools. */
  @Override
  @Transactional
  public List<Pool> declare(List<PublicPool> declared) {
    Principal operator = new Principal(settings.operatorTenant(), Role.OPERATOR);
    pools.lockPlacement("public");
    List<Pool> result = new ArrayList<>();
    for (PublicPool wanted : declared) {
      Optional<Pool> existing = pools.overlappingPublicTopLevel(wanted.prefix()).stream()
          .filter(pool -> pool.owner().equals(settings.operatorTenant())
              && pool.prefix().equals(wanted.prefix())
              && Objects.equals(pool.location(), wanted.location())
              && pool.unitLength() == wanted.unitLength())
          .findFirst();
      result.add(existing.orElseGet(() -> createPool.create(operator,
          CreatePool.NewPool.builder(settings.operatorTenant(), wanted.prefix(), Visibility.PUBLIC)
              .location(wanted.location())
              .unitLength(wanted.unitLength())
              .description("public pool of " + wanted.location())
              .build())));
    }
    return result;
  }
}
