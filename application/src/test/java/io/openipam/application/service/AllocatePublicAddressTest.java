package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.fakes.Ipam.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.FixedSettings;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.CreatePool;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.tenant.Principal;
import org.junit.jupiter.api.Test;

class AllocatePublicAddressTest {

  private static final LocationId PAR = new LocationId("par1");
  private static final Principal MALLORY = Principal.tenant("mallory");

  private final Ipam ipam = new Ipam();

  private Pool publicPool(String cidr) {
    return ipam.add(APool.of(cidr).owner(FixedSettings.OPERATOR_TENANT).publicly().location(PAR.value()));
  }

  private Allocation allocate(Principal caller, AllocationDetails details) {
    return ipam.allocatePublic.allocate(caller, PAR, IpFamily.V4, 32, details);
  }

  @Test
  void leases_an_operator_address_to_the_calling_tenant() {
    Pool pool = publicPool("192.0.2.0/29");

    Allocation allocation = allocate(ALICE, AllocationDetails.NONE);

    assertEquals(pool.id(), allocation.pool());
    assertEquals("192.0.2.1/32", allocation.prefix().toString());
    assertEquals(FixedSettings.OPERATOR_TENANT, allocation.owner());
    assertEquals(ALICE.tenant(), allocation.lessee());
  }

  @Test
  void a_tenant_leases_to_itself_even_if_the_details_name_another_lessee() {
    publicPool("192.0.2.0/29");

    Allocation allocation = allocate(ALICE, AllocationDetails.NONE.leasedTo(BOB.tenant()));

    assertEquals(ALICE.tenant(), allocation.lessee());
  }

  @Test
  void an_operator_may_lease_to_another_tenant() {
    publicPool("192.0.2.0/29");

    Allocation allocation = allocate(OPERATOR, AllocationDetails.NONE.leasedTo(BOB.tenant()));

    assertEquals(BOB.tenant(), allocation.lessee());
  }

  @Test
  void an_operator_naming_no_lessee_leases_to_itself() {
    publicPool("192.0.2.0/29");

    assertEquals(OPERATOR.tenant(), allocate(OPERATOR, AllocationDetails.NONE).lessee());
  }

  @Test
  void leases_an_ipv6_slash_64_from_a_pool_of_that_unit() {
    ipam.add(APool.of("2001:db8::/48").owner(FixedSettings.OPERATOR_TENANT).publicly().location(PAR.value()).unit(64));

    Allocation allocation = ipam.allocatePublic.allocate(ALICE, PAR, IpFamily.V6, 64, AllocationDetails.NONE);

    assertEquals("2001:db8::/64", allocation.prefix().toString());
  }

  @Test
  void an_unknown_location_is_not_found() {
    publicPool("192.0.2.0/29");

    NotFound notFound = assertThrows(NotFound.class, () -> ipam.allocatePublic.allocate(ALICE,
        new LocationId("ams1"), IpFamily.V4, 32, AllocationDetails.NONE));

    assertEquals(NotFound.Kind.LOCATION, notFound.kind());
  }

  @Test
  void a_location_without_pools_of_that_family_or_unit_is_not_found() {
    publicPool("192.0.2.0/29");

    assertEquals(NotFound.Kind.LOCATION, assertThrows(NotFound.class, () ->
        ipam.allocatePublic.allocate(ALICE, PAR, IpFamily.V6, 128, AllocationDetails.NONE)).kind());
    assertEquals(NotFound.Kind.LOCATION, assertThrows(NotFound.class, () ->
        ipam.allocatePublic.allocate(ALICE, PAR, IpFamily.V4, 30, AllocationDetails.NONE)).kind());
  }

  @Test
  void private_pools_at_the_location_are_not_public_addresses() {
    ipam.add(APool.of("10.0.0.0/29").location(PAR.value()));

    assertThrows(NotFound.class, () -> allocate(ALICE, AllocationDetails.NONE));
  }

  @Test
  void tries_the_next_pool_when_the_first_is_exhausted() {
    publicPool("192.0.2.0/30");
    Pool second = publicPool("198.51.100.0/29");
    allocate(ALICE, AllocationDetails.NONE);
    allocate(ALICE, AllocationDetails.NONE);

    Allocation third = allocate(ALICE, AllocationDetails.NONE);

    assertEquals(second.id(), third.pool());
    assertEquals("198.51.100.1/32", third.prefix().toString());
  }

  @Test
  void all_pools_exhausted_is_exhausted_for_the_location() {
    publicPool("192.0.2.0/31");
    publicPool("198.51.100.0/31");

    Exhausted exhausted = assertThrows(Exhausted.class, () -> allocate(ALICE, AllocationDetails.NONE));

    assertEquals(Exhausted.Scope.LOCATION, exhausted.scope());
    assertEquals(PAR.value(), exhausted.id());
  }

  @Test
  void a_lessee_sees_its_leased_address_but_another_tenant_does_not() {
    publicPool("192.0.2.0/29");
    Allocation allocation = allocate(ALICE, AllocationDetails.NONE);

    assertEquals(allocation, ipam.findAllocations.get(ALICE, allocation.id()));
    assertThrows(NotFound.class, () -> ipam.findAllocations.get(BOB, allocation.id()));
  }

  /**
   * The port promises "the operator's public pools of a location", but PoolStore.publicLeaves
   * has no owner and the service does not filter: a tenant may create a PUBLIC pool with a
   * location (CreatePool allows it), and other tenants' public addresses then come out of it,
   * owned by, and so visible to, that tenant.
   */
  @Test
  void leases_only_from_the_operators_public_pools() {
    ipam.createPool.create(MALLORY, CreatePool.NewPool.builder(MALLORY.tenant(), IpPrefix.parse("203.0.113.0/29"),
        Visibility.PUBLIC).location(PAR).build());
    Pool operators = publicPool("192.0.2.0/29");

    Allocation alices = allocate(ALICE, AllocationDetails.NONE);

    assertEquals(operators.id(), alices.pool());
    assertThrows(NotFound.class, () -> ipam.findAllocations.get(MALLORY, alices.id()));
  }
}
