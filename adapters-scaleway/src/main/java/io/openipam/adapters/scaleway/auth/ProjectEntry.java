package io.openipam.adapters.scaleway.auth;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/**
 * One entry of {@code scaleway.projects}: a project's id, the organization it belongs to, and the
 * core tenant that owns its resources (by default the project id itself).
 */
@EachProperty(value = "scaleway.projects", list = true)
public class ProjectEntry {

  private String id;
  private String organization;
  private String tenant;

  public ProjectEntry(@Parameter Integer index) {
    // the project id identifies the entry
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getOrganization() {
    return organization;
  }

  public void setOrganization(String organization) {
    this.organization = organization;
  }

  public String getTenant() {
    return tenant;
  }

  public void setTenant(String tenant) {
    this.tenant = tenant;
  }
}
