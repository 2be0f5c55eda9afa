package io.openipam.domain.change;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChangeTest {

  private static final ChangeId ID = new ChangeId("0b6a9d1e-3c2f-4a5b-8c7d-6e5f4a3b2c1d");
  private static final AllocationId SUBJECT = new AllocationId("7d2e1b1c-3f5a-4c6e-9d8b-1a2b3c4d5e6f");
  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void the_tenant_it_concerns_and_operators_see_it_nobody_else() {
    Change change = new Change(ID, new TenantId("acme"), null, SUBJECT, Change.Kind.ATTACHED, AT);

    assertTrue(change.isVisibleTo(Principal.tenant("acme")));
    assertTrue(change.isVisibleTo(Principal.operator("operator")));
    assertFalse(change.isVisibleTo(Principal.tenant("globex")));
    assertNull(change.location());
  }

  @Test
  void identity_tenant_subject_kind_and_time_are_required() {
    TenantId acme = new TenantId("acme");

    assertThrows(NullPointerException.class, () -> new Change(null, acme, null, SUBJECT, Change.Kind.AMENDED, AT));
    assertThrows(NullPointerException.class, () -> new Change(ID, null, null, SUBJECT, Change.Kind.AMENDED, AT));
    assertThrows(NullPointerException.class, () -> new Change(ID, acme, null, null, Change.Kind.AMENDED, AT));
    assertThrows(NullPointerException.class, () -> new Change(ID, acme, null, SUBJECT, null, AT));
    assertThrows(NullPointerException.class, () -> new Change(ID, acme, null, SUBJECT, Change.Kind.AMENDED, null));
    assertThrows(Invalid.class, () -> new ChangeId(" "));
  }
}
