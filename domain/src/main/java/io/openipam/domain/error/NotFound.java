package io.openipam.domain.error;

/** The resource does not exist, or the caller may not see it (the two are indistinguishable on purpose). */
public final class NotFound extends IpamException {

  public enum Kind {
    POOL, ALLOCATION, POLICY, UNUSABLE_RANGE, UNUSABLE_OCTET, NETWORK, LOCATION, STATIC_ROUTE, INTERFACE, MAC_RANGE
  }

  private final Kind kind;
  private final String id;

  public NotFound(Kind kind, String id) {
    super(kind.name().toLowerCase().replace('_', ' ') + " " + id + " not found");
    this.kind = kind;
    this.id = id;
  }

  public Kind kind() {
    return kind;
  }

  public String id() {
    return id;
  }
}
