package io.openipam.bootstrap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.port.in.AllocateInNetwork;
import io.openipam.application.port.in.AllocateInNetwork.Completeness;
import io.openipam.application.port.in.AllocatePublicAddress;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.CreatePool;
import io.openipam.application.port.in.DeclarePublicPools;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.tenant.TenantId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NetworkAndPublicAllocationTest extends OnMariaDb {

  private static final Set<IpFamily> BOTH = Set.of(IpFamily.V4, IpFamily.V6);

  private Pool inNetwork(String network, String cidr) {
    return node.get(CreatePool.class).create(ACME, CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse(cidr),
        Visibility.PRIVATE).network(new NetworkId(network)).build());
  }

  @Test
  void hands_out_one_ipv4_and_one_ipv6_address_across_the_pools_of_a_network() {
    inNetwork("blue", "10.20.0.0/30");
    inNetwork("blue", "10.20.1.0/30");
    inNetwork("blue", "fd20::/64");
    AllocateInNetwork allocate = node.get(AllocateInNetwork.class);

    List<Allocation> first = allocate.allocate(ACME, new NetworkId("blue"), ACME.tenant(), BOTH,
        Completeness.EVERY_FAMILY_OR_NOTHING, AllocationDetails.NONE);
    allocate.allocate(ACME, new NetworkId("blue"), ACME.tenant(), BOTH, Completeness.EVERY_FAMILY_OR_NOTHING,
        AllocationDetails.NONE);
    List<Allocation> third = allocate.allocate(ACME, new NetworkId("blue"), ACME.tenant(), BOTH,
        Completeness.EVERY_FAMILY_OR_NOTHING, AllocationDetails.NONE);

    assertEquals(List.of("10.20.0.1", "fd20::1"), first.stream().map(a -> a.address().toString()).toList());
    // a /30 without its network and last address holds two: the third call is served by the next pool
    assertEquals(List.of("10.20.1.1", "fd20::3"), third.stream().map(a -> a.address().toString()).toList());
  }

  @Test
  void every_family_or_nothing_gives_back_what_it_took_when_one_family_is_exhausted() {
    inNetwork("green", "10.21.0.0/29");
    Pool v6 = node.get(CreatePool.class).create(ACME, CreatePool.NewPool.builder(ACME.tenant(),
        IpPrefix.parse("fd21::/126"), Visibility.PRIVATE).network(new NetworkId("green")).build());
    next(ACME, v6.id());
    next(ACME, v6.id());
    AllocateInNetwork allocate = node.get(AllocateInNetwork.class);

    assertThrows(Exhausted.class, () -> allocate.allocate(ACME, new NetworkId("green"), ACME.tenant(), BOTH,
        Completeness.EVERY_FAMILY_OR_NOTHING, AllocationDetails.NONE));
    List<Allocation> partial = allocate.allocate(ACME, new NetworkId("green"), ACME.tenant(), BOTH,
        Completeness.WHATEVER_IS_FREE, AllocationDetails.NONE);

    // the IPv4 address taken by the failed call went straight back to the pool
    assertEquals(List.of("10.21.0.1"), partial.stream().map(a -> a.address().toString()).toList());
  }

  @Test
  void an_unknown_network_or_another_tenants_network_is_not_found() {
    inNetwork("red", "10.22.0.0/29");

    assertThrows(NotFound.class, () -> node.get(AllocateInNetwork.class).allocate(ACME, new NetworkId("nowhere"),
        ACME.tenant(), BOTH, Completeness.WHATEVER_IS_FREE, AllocationDetails.NONE));
    assertThrows(NotFound.class, () -> node.get(AllocateInNetwork.class).allocate(GLOBEX, new NetworkId("red"),
        ACME.tenant(), BOTH, Completeness.WHATEVER_IS_FREE, AllocationDetails.NONE));
  }

  @Test
  void leases_public_addresses_and_prefixes_of_a_location_to_the_calling_tenant() {
    AllocatePublicAddress allocate = node.get(AllocatePublicAddress.class);
    LocationId demo = new LocationId("demo-1");

    Allocation v4 = allocate.allocate(GLOBEX, demo, IpFamily.V4, 32, AllocationDetails.NONE);
    Allocation v6 = allocate.allocate(GLOBEX, demo, IpFamily.V6, 64, AllocationDetails.NONE);
    Allocation v6Narrow = allocate.allocate(GLOBEX, demo, IpFamily.V6, 96, AllocationDetails.NONE);

    assertEquals("192.0.2.1/32", v4.prefix().toString());
    assertEquals(new TenantId("operator"), v4.owner());
    assertEquals(GLOBEX.tenant(), v4.lessee());
    assertEquals("2001:db8:1::/64", v6.prefix().toString());
    assertEquals("2001:db8:2::/96", v6Narrow.prefix().toString());
    assertThrows(NotFound.class, () -> allocate.allocate(GLOBEX, new LocationId("mars-1"), IpFamily.V4, 32,
        AllocationDetails.NONE));
  }

  @Test
  void declaring_the_configured_public_pools_again_creates_nothing_new() {
    List<DeclarePublicPools.PublicPool> wanted = List.of(
        new DeclarePublicPools.PublicPool(new LocationId("demo-1"), IpPrefix.parse("192.0.2.0/24"), 32));

    Pool once = node.get(DeclarePublicPools.class).declare(wanted).getFirst();
    Pool twice = node.get(DeclarePublicPools.class).declare(wanted).getFirst();

    assertEquals(once.id(), twice.id());
  }
}
