package io.openipam.adapters.scaleway.auth;

import io.micronaut.core.annotation.Nullable;
import io.openipam.adapters.scaleway.fault.ScalewayError;
import io.openipam.application.port.in.AuthenticateCaller;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Who is calling, from {@code X-Auth-Token} (spec §2.1). A secret key is an
 * {@code ipam.credentials} entry whose tenant is the key's organization; the organization's
 * projects are in {@code scaleway.projects}. A key reaches the projects of its organization (a
 * key whose tenant is no configured organization reaches the one project of that id); an
 * operator's key reaches every project. Acting on a project is acting as its core tenant.
 */
@Singleton
public class Callers {

  public static final String TOKEN_HEADER = "X-Auth-Token";

  private final AuthenticateCaller authenticate;
  private final Projects projects;

  public Callers(AuthenticateCaller authenticate, Projects projects) {
    this.authenticate = authenticate;
    this.projects = projects;
  }

  /** The key's own principal; 401 without a key, or with one nobody knows. */
  public Principal authenticated(@Nullable String token) {
    if (token == null || token.isBlank()) {
      throw ScalewayError.deniedAuthentication("invalid_argument");
    }
    return authenticate.byToken(token.strip())
        .orElseThrow(() -> ScalewayError.deniedAuthentication("not_found"));
  }

  /** Acting on {@code projectId}: 403 unless the key owns the project. */
  public Principal forProject(Principal key, Project project, String action) {
    if (key.isOperator()) {
      return key;
    }
    if (!owns(key, project)) {
      throw ScalewayError.permissionsDenied(action);
    }
    return Principal.tenant(project.tenant().value());
  }

  public Project project(String projectId) {
    return projects.byId(projectId);
  }

  /** The projects a key reaches. */
  public List<Project> reachable(Principal key) {
    return key.isOperator() ? projects.all() : projects.ownedBy(key.tenant());
  }

  private boolean owns(Principal key, Project project) {
    return project.organization().equals(key.tenant().value()) || project.tenant().equals(key.tenant());
  }
}
