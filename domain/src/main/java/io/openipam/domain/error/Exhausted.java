package io.openipam.domain.error;

/** No free address (or prefix) is left where the caller asked for one. */
public final class Exhausted extends IpamException {

  public enum Scope { POOL, NETWORK, LOCATION, MAC_RANGES }

  private final Scope scope;
  private final String id;

  public Exhausted(Scope scope, String id) {
    super("no free address left in " + scope.name().toLowerCase() + " " + id);
    this.scope = scope;
    this.id = id;
  }

  public Scope scope() {
    return scope;
  }

  public String id() {
    return id;
  }
}
