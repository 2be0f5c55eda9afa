package io.openipam.domain.error;

/** The request breaks a rule of IP management; nothing was changed. */
public final class Invalid extends IpamException {

  public enum Reason {
    /** A value does not parse or is out of its range. */
    MALFORMED,
    ADDRESS_OUTSIDE_POOL,
    ADDRESS_EXCLUDED_BY_POLICY,
    FAMILY_MISMATCH,
    PREFIX_NOT_ALIGNED,
    OUTSIDE_PARENT,
    OVERLAPS_SIBLING,
    OVERLAPS_PUBLIC_POOL,
    OVERLAPS_NETWORK_POOL,
    VISIBILITY_MISMATCH,
    NETWORK_MISMATCH,
    /** The request names something (a policy, a parent) that does not exist. */
    UNKNOWN_REFERENCE
  }

  private final Reason reason;
  private final String field;
  private final String subject;

  public Invalid(Reason reason, String field, String message) {
    this(reason, field, message, null);
  }

  /** {@code subject}: what else the rule is about, e.g. the prefix of the pool a new one overlaps. */
  public Invalid(Reason reason, String field, String message, String subject) {
    super(message);
    this.reason = reason;
    this.field = field;
    this.subject = subject;
  }

  public static Invalid malformed(String field, String message) {
    return new Invalid(Reason.MALFORMED, field, message);
  }

  public Reason reason() {
    return reason;
  }

  /** The request field the rule is about, in the core's words (e.g. {@code prefix}, {@code gateway}). */
  public String field() {
    return field;
  }

  /** What else the rule is about (the overlapping pool's or the parent's prefix), or null. */
  public String subject() {
    return subject;
  }
}
