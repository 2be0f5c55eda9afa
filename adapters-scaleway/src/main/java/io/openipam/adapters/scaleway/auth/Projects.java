package io.openipam.adapters.scaleway.auth;

import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Projects and organizations from {@code scaleway.projects}, both ways: a project id to its
 * tenant, and a tenant back to the project it shows as. A project not configured is its own
 * organization and tenant.
 */
@Singleton
public class Projects {

  private final Map<String, Project> byId = new HashMap<>();
  private final Map<TenantId, Project> byTenant = new HashMap<>();

  public Projects(List<ProjectEntry> entries) {
    for (ProjectEntry entry : entries) {
      if (!Uuids.isUuid(entry.getId()) || !Uuids.isUuid(entry.getOrganization())) {
        throw new IllegalArgumentException("each scaleway.projects entry needs a UUID id and a UUID organization");
      }
      String id = entry.getId().toLowerCase(Locale.ROOT);
      TenantId tenant = new TenantId(entry.getTenant() == null ? id : entry.getTenant());
      Project project = new Project(id, entry.getOrganization().toLowerCase(Locale.ROOT), tenant);
      if (byId.put(id, project) != null || byTenant.put(tenant, project) != null) {
        throw new IllegalArgumentException("scaleway.projects names project " + id + " or tenant " + tenant + " twice");
      }
    }
  }

  public Project byId(String id) {
    Project configured = byId.get(id);
    return configured != null ? configured : Project.standalone(id);
  }

  public Project ofTenant(TenantId tenant) {
    Project configured = byTenant.get(tenant);
    return configured != null ? configured : Project.standalone(tenant.value());
  }

  /**
   * The projects a key of {@code tenant} owns: those of the organization of that id, and the one
   * whose tenant it is; a tenant that is neither owns the project of its own id.
   */
  public List<Project> ownedBy(TenantId tenant) {
    List<Project> projects = byId.values().stream()
        .filter(project -> project.organization().equals(tenant.value()) || project.tenant().equals(tenant))
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .toList();
    return projects.isEmpty() ? List.of(ofTenant(tenant)) : projects;
  }

  public List<Project> all() {
    return List.copyOf(byId.values());
  }
}
