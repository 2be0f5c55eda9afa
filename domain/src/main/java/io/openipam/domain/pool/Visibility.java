package io.openipam.domain.pool;

/** Public pools hold internet-routable space shared by everyone; private pools are a tenant's own. */
public enum Visibility {
  PUBLIC,
  PRIVATE
}
