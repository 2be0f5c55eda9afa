package io.openipam.domain.tenant;

/** What a credential may do: act for its own tenant, or operate the whole installation. */
public enum Role {
  TENANT,
  OPERATOR
}
