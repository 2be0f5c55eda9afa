package io.openipam.domain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.domain.error.Invalid;
import org.junit.jupiter.api.Test;

class PrincipalTest {

  @Test
  void lets_a_tenant_act_for_itself() {
    assertTrue(Principal.tenant("acme").mayActFor(new TenantId("acme")));
  }

  @Test
  void keeps_a_tenant_from_acting_for_another() {
    assertFalse(Principal.tenant("acme").mayActFor(new TenantId("globex")));
  }

  @Test
  void lets_an_operator_act_for_everyone() {
    Principal operator = Principal.operator("ops");

    assertTrue(operator.mayActFor(new TenantId("acme")));
    assertTrue(operator.mayActFor(new TenantId("ops")));
  }

  @Test
  void knows_whether_it_is_an_operator() {
    assertTrue(Principal.operator("ops").isOperator());
    assertFalse(Principal.tenant("acme").isOperator());
    assertEquals(Role.TENANT, Principal.tenant("acme").role());
  }

  @Test
  void needs_a_tenant_id_of_1_to_255_characters() {
    assertThrows(Invalid.class, () -> new TenantId(""));
    assertThrows(Invalid.class, () -> new TenantId("  "));
    assertThrows(Invalid.class, () -> new TenantId(null));
    assertThrows(Invalid.class, () -> new TenantId("t".repeat(256)));
    assertEquals("t".repeat(255), new TenantId("t".repeat(255)).toString());
  }
}
