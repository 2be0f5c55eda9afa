package io.openipam.adapters.melange.policy;

import io.openipam.adapters.melange.fault.InvalidValues;
import io.openipam.adapters.melange.http.Params;
import io.openipam.application.port.in.AmendPolicy;
import io.openipam.application.port.in.DefinePolicy;
import io.openipam.application.port.in.DefinePolicy.UnusableRangeSpec;
import io.openipam.domain.policy.UnusableOctet;
import io.openipam.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads the bodies of the policy, {@code ip_range} and {@code ip_octet} routes in Melange's words,
 * every broken rule in one 400 (spec §5.5, §8). Numbers may come as JSON numbers or as text, as
 * Python's {@code int()} took them; the body's {@code tenant_id} and {@code policy_id} are ignored.
 *
 * <p>Where Melange took any integer, the core sets bounds ([I], spec §5.5): a range's offset and
 * length fit 64 bits, and an octet is 0 to 65535 (an IPv4 last byte or an IPv6 last group).
 */
final class PolicyRequests {

  /** What an update leaves as it is is null. */
  record RangeChange(Long offset, Long length) {}

  private static final int NAME_LIMIT = 255;
  private static final int DESCRIPTION_LIMIT = 1024;

  private PolicyRequests() {}

  /** {@code POST .../policies}: name (required) and description. */
  static DefinePolicy.NewPolicy newPolicy(TenantId owner, Params params) {
    InvalidValues problems = new InvalidValues();
    if (!present(params, "name")) {
      problems.add("name", "name should be present");
    }
    String name = text(params, "name", NAME_LIMIT, problems);
    String description = text(params, "description", DESCRIPTION_LIMIT, problems);
    problems.throwIfAny();
    return new DefinePolicy.NewPolicy(owner, name, description, null, null);
  }

  /** {@code PUT .../policies/{id}}: name and description, each when sent. */
  static AmendPolicy.Amendment amendment(Params params) {
    InvalidValues problems = new InvalidValues();
    String name = text(params, "name", NAME_LIMIT, problems);
    String description = text(params, "description", DESCRIPTION_LIMIT, problems);
    problems.throwIfAny();
    return new AmendPolicy.Amendment(name, description);
  }

  /** {@code POST .../unusable_ip_ranges}: offset and length, both required; length at least 0. */
  static UnusableRangeSpec newRange(Params params) {
    RangeChange range = range(params, true);
    return new UnusableRangeSpec(range.offset(), range.length());
  }

  /** {@code PUT .../unusable_ip_ranges/{id}}: offset and length, each when sent. */
  static RangeChange rangeChange(Params params) {
    return range(params, false);
  }

  /** {@code POST .../unusable_ip_octets}: octet, required. */
  static int newOctet(Params params) {
    return octet(params, true);
  }

  /** {@code PUT .../unusable_ip_octets/{id}}: octet when sent, else null. */
  static Integer octetChange(Params params) {
    return present(params, "octet") ? octet(params, false) : null;
  }

  private static RangeChange range(Params params, boolean required) {
    InvalidValues problems = new InvalidValues();
    Long offset = toLong(integer(params, "offset", required, problems), "offset", problems);
    BigInteger length = integer(params, "length", required, problems);
    if (length == null && (required || present(params, "length")) || length != null && length.signum() < 0) {
      // Melange's own pair: a length that is no integer is no positive integer either.
      problems.add("length", "length should be a positive integer");
    } else if (length != null && length.bitLength() > 63) {
      problems.add("length", "length should be at most " + Long.MAX_VALUE);
    }
    problems.throwIfAny();
    return new RangeChange(offset, length == null ? null : length.longValue());
  }

  private static int octet(Params params, boolean required) {
    InvalidValues problems = new InvalidValues();
    BigInteger octet = integer(params, "octet", required, problems);
    if (octet != null && (octet.signum() < 0 || octet.compareTo(BigInteger.valueOf(UnusableOctet.LARGEST)) > 0)) {
      problems.add("octet", "octet should be between 0 and " + UnusableOctet.LARGEST);
    }
    problems.throwIfAny();
    return octet.intValue();
  }

  private static Long toLong(BigInteger value, String field, InvalidValues problems) {
    if (value == null) {
      return null;
    }
    if (value.bitLength() > 63) {
      problems.add(field, field + " should be between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
      return null;
    }
    return value.longValue();
  }

  /** Sent, and neither null nor blank (which read as absent everywhere in a body). */
  private static boolean present(Params params, String field) {
    Object value = params.values().get(field);
    return value != null && !(value instanceof String text && text.isBlank());
  }

  /**
   * The field as an integer: a JSON integer, or text Python's {@code int()} reads (sign and
   * surrounding blanks allowed). Null when absent (a problem if {@code required}) or no integer.
   */
  private static BigInteger integer(Params params, String field, boolean required, InvalidValues problems) {
    if (!present(params, field)) {
      if (required) {
        problems.add(field, field + " should be of type integer");
      }
      return null;
    }
    BigInteger integer = switch (params.values().get(field)) {
      case String text -> parse(text.strip());
      case Integer small -> BigInteger.valueOf(small);
      case Long big -> BigInteger.valueOf(big);
      case BigInteger big -> big;
      case Number number -> integral(number);
      default -> null;
    };
    if (integer == null) {
      problems.add(field, field + " should be of type integer");
    }
    return integer;
  }

  private static BigInteger parse(String text) {
    if (!text.matches("[+-]?[0-9]{1,400}")) {
      return null;
    }
    return new BigInteger(text);
  }

  /** A JSON number with no fraction ({@code 10.0}, {@code 1e3}), as Python's {@code int()} of a float. */
  private static BigInteger integral(Number number) {
    try {
      BigDecimal decimal = number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
      if (decimal.abs().compareTo(BigDecimal.TEN.pow(400)) > 0) {
        return null;
      }
      return decimal.toBigIntegerExact();
    } catch (ArithmeticException | NumberFormatException notIntegral) {
      return null;
    }
  }

  /** Free text that must fit the store's column. */
  private static String text(Params params, String field, int limit, InvalidValues problems) {
    String value = params.text(field, problems);
    if (value != null && value.length() > limit) {
      problems.add(field, field + " should be at most " + limit + " characters");
      return null;
    }
    return value;
  }
}
