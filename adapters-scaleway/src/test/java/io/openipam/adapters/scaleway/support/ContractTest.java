package io.openipam.adapters.scaleway.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.openipam.application.port.in.DeclarePublicPools;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.pool.LocationId;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the contract tests share: the running server, a client, and the operator's public pools of
 * the zones' locations ({@code fr-par-1} is {@code loc-par}, {@code nl-ams-1} is {@code loc-ams}).
 */
public abstract class ContractTest {

  @Inject
  protected EmbeddedServer server;

  @Inject
  protected JsonMapper json;

  @Inject
  protected DeclarePublicPools publicPools;

  protected ScalewayClient scw;

  @BeforeEach
  protected void connect() {
    publicPools.declare(List.of(
        new DeclarePublicPools.PublicPool(new LocationId("loc-par"), IpPrefix.parse("192.0.2.0/24"), 32),
        new DeclarePublicPools.PublicPool(new LocationId("loc-par"), IpPrefix.parse("198.51.100.0/24"), 32),
        new DeclarePublicPools.PublicPool(new LocationId("loc-par"), IpPrefix.parse("2001:db8:1::/48"), 64),
        new DeclarePublicPools.PublicPool(new LocationId("loc-ams"), IpPrefix.parse("203.0.113.0/24"), 32)));
    scw = new ScalewayClient(server.getURL(), json);
  }
}
