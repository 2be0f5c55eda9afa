package io.openipam.adapters.melange.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.IpamException;
import io.openipam.domain.error.NotFound;
import org.junit.jupiter.api.Test;

/** The one mapping from the core's errors and the framework's statuses to Melange faults (spec §2.7, §8). */
class FaultsTest {

  @Test
  void not_found_names_melange_s_model() {
    assertFault(404, "IpBlock Not Found", new NotFound(NotFound.Kind.POOL, "b"));
    assertFault(404, "IpAddress Not Found", new NotFound(NotFound.Kind.ALLOCATION, "a"));
    assertFault(404, "Policy Not Found", new NotFound(NotFound.Kind.POLICY, "p"));
    assertFault(404, "IpRange Not Found", new NotFound(NotFound.Kind.UNUSABLE_RANGE, "r"));
    assertFault(404, "IpOctet Not Found", new NotFound(NotFound.Kind.UNUSABLE_OCTET, "o"));
    assertFault(404, "Network net1 not found", new NotFound(NotFound.Kind.NETWORK, "net1"));
  }

  @Test
  void conflicts_and_exhaustion() {
    assertFault(409, "Address is already allocated", new Conflict(Conflict.Reason.ADDRESS_TAKEN, "x"));
    assertFault(409, "Address is already allocated", new Conflict(Conflict.Reason.ADDRESS_RESERVED, "x"));
    assertFault(422, "Subnetted block cannot allocate IPAddress", new Conflict(Conflict.Reason.POOL_HAS_SUBPOOLS, "x"));
    assertFault(400, "The following values are invalid: {'parent_id': ['parent is not subnettable since it has"
        + " allocated ips']}", new Conflict(Conflict.Reason.POOL_HAS_ALLOCATIONS, "x"));
    assertFault(422, "IpBlock is full", new Exhausted(Exhausted.Scope.POOL, "b"));
    assertFault(422, "ip blocks in this network are full", new Exhausted(Exhausted.Scope.NETWORK, "n"));
  }

  @Test
  void invalid_values_speak_melange_s_validation_words() {
    assertFault(422, "Address does not belong to IpBlock", new Invalid(Invalid.Reason.ADDRESS_OUTSIDE_POOL, "address", "x"));
    assertFault(422, "Block policy does not allow this address",
        new Invalid(Invalid.Reason.ADDRESS_EXCLUDED_BY_POLICY, "address", "x"));
    assertFault(400, "The following values are invalid: {'cidr': ['cidr overlaps with public block 10.0.0.0/8']}",
        new Invalid(Invalid.Reason.OVERLAPS_PUBLIC_POOL, "prefix", "x", "10.0.0.0/8"));
    assertFault(400, "The following values are invalid: {'cidr': ['cidr overlaps with block 10.0.0.0/29 in same network']}",
        new Invalid(Invalid.Reason.OVERLAPS_NETWORK_POOL, "prefix", "x", "10.0.0.0/29"));
    assertFault(400, "The following values are invalid: {'cidr': ['cidr overlaps with sibling 10.0.0.0/29']}",
        new Invalid(Invalid.Reason.OVERLAPS_SIBLING, "prefix", "x", "10.0.0.0/29"));
    assertFault(400, "The following values are invalid: {'cidr': [\"cidr should be within parent block's cidr\"]}",
        new Invalid(Invalid.Reason.OUTSIDE_PARENT, "prefix", "x", "10.0.0.0/28"));
    assertFault(400, "The following values are invalid: {'type': ['type should be same within a network']}",
        new Invalid(Invalid.Reason.VISIBILITY_MISMATCH, "visibility", "x"));
    assertFault(400, "The following values are invalid: {'network_id': ['network_id should be same as that of parent']}",
        new Invalid(Invalid.Reason.NETWORK_MISMATCH, "network", "x"));
    assertFault(400, "The following values are invalid: {'policy_id': [\"Policy with id = 'p' doesn't exist\"]}",
        new Invalid(Invalid.Reason.UNKNOWN_REFERENCE, "policy", "policy p does not exist", "p"));
    assertFault(400, "The following values are invalid: {'tenant_id': ['tenant id must be 1 to 255 characters']}",
        Invalid.malformed("tenant", "tenant id must be 1 to 255 characters"));
  }

  @Test
  void forbidden_is_403() {
    assertFault(403, "a tenant creates pools only for itself", new Forbidden("a tenant creates pools only for itself"));
  }

  @Test
  void framework_errors_keep_their_status_except_a_wrong_verb() {
    assertEquals(404, Faults.of(null, 405).status());
    assertEquals(null, Faults.of(null, 405).detail());
    assertEquals("Unsupported Content-Type", Faults.of(null, 415).detail());
    assertEquals("Malformed request body", Faults.of(new IllegalStateException(), 400).detail());
    assertEquals(413, Faults.of(null, 413).status());
    assertEquals(500, Faults.of(new IllegalStateException("bug"), 500).status());
    assertEquals(null, Faults.of(new IllegalStateException("bug"), 500).detail(), "no internals in the answer");
  }

  @Test
  void a_fault_body_is_named_after_its_status() {
    assertEquals("UnprocessableEntity", FaultBody.document(new MelangeFault(422, "x")).root());
    assertEquals("RequestEntityTooLarge", FaultBody.document(new MelangeFault(413, null)).root());
    assertEquals("NotAcceptable", FaultBody.document(new MelangeFault(406, "x")).root());
    assertEquals("BadRequest", FaultBody.document(new MelangeFault(418, "x")).root(), "unknown 4xx read as 400");
  }

  private static void assertFault(int status, String detail, IpamException error) {
    MelangeFault fault = Faults.of(error);
    assertEquals(status, fault.status(), error.toString());
    assertEquals(detail, fault.detail(), error.toString());
  }
}
