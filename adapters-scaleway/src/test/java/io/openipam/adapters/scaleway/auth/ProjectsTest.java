package io.openipam.adapters.scaleway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.domain.tenant.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectsTest {

  private static final String ORG = "0a0a0a0a-0000-4000-8000-00000000000a";
  private static final String P1 = "11111111-1111-4111-8111-111111111111";
  private static final String P2 = "22222222-2222-4222-8222-222222222222";

  private static ProjectEntry entry(String id, String organization, String tenant) {
    ProjectEntry entry = new ProjectEntry(0);
    entry.setId(id);
    entry.setOrganization(organization);
    entry.setTenant(tenant);
    return entry;
  }

  private final Projects projects = new Projects(List.of(entry(P1, ORG, "demo"), entry(P2.toUpperCase(), ORG, null)));

  @Test
  void maps_projects_to_tenants_both_ways() {
    assertEquals(new Project(P1, ORG, new TenantId("demo")), projects.byId(P1));
    assertEquals(new Project(P2, ORG, new TenantId(P2)), projects.byId(P2));
    assertEquals(projects.byId(P1), projects.ofTenant(new TenantId("demo")));
  }

  @Test
  void an_unconfigured_project_is_its_own_organization_and_tenant() {
    String other = "33333333-3333-4333-8333-333333333333";

    assertEquals(new Project(other, other, new TenantId(other)), projects.byId(other));
    assertEquals(List.of(projects.byId(other)), projects.ownedBy(new TenantId(other)));
  }

  @Test
  void a_key_of_the_organization_or_of_a_projects_tenant_owns_those_projects() {
    assertEquals(List.of(projects.byId(P1), projects.byId(P2)), projects.ownedBy(new TenantId(ORG)));
    assertEquals(List.of(projects.byId(P1)), projects.ownedBy(new TenantId("demo")));
  }

  @Test
  void refuses_a_configuration_that_is_no_uuid_or_names_a_project_twice() {
    assertThrows(IllegalArgumentException.class, () -> new Projects(List.of(entry("demo", ORG, null))));
    assertThrows(IllegalArgumentException.class, () -> new Projects(List.of(entry(P1, ORG, "a"), entry(P1, ORG, "b"))));
  }
}
