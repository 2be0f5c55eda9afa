package io.openipam.bootstrap;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/** One entry of {@code ipam.credentials}: a key (token or access key), its optional secret, its tenant and role. */
@EachProperty(value = "ipam.credentials", list = true)
public class CredentialEntry {

  private String key;
  private String secret;
  private String tenant;
  private String role = "tenant";

  public CredentialEntry(@Parameter Integer index) {
    // order does not matter: the key identifies the entry
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getSecret() {
    return secret;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }

  public String getTenant() {
    return tenant;
  }

  public void setTenant(String tenant) {
    this.tenant = tenant;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }
}
