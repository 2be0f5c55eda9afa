package io.openipam.domain.address;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;
import io.openipam.domain.error.Invalid;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** The one place that turns text into address values and back, so every dialect parses alike. */
final class IpText {

  /** Plain addresses only: no ranges, wildcards, masks, zones or inet_aton shortcuts. */
  private static final IPAddressStringParameters STRICT = strictParameters();

  private IpText() {}

  /** IPv4 written inside IPv6 text ({@code ::ffff:1.2.3.4}) follows the same strict rules as plain IPv4. */
  private static IPAddressStringParameters strictParameters() {
    IPAddressStringParameters.Builder builder = new IPAddressStringParameters.Builder()
        .allowEmpty(false)
        .allowAll(false)
        .allowSingleSegment(false)
        .allowMask(false)
        .allowWildcardedSeparator(false)
        .setRangeOptions(IPAddressStringParameters.RangeParameters.NO_RANGE);
    builder.getIPv4AddressParametersBuilder().allow_inet_aton(false).allowLeadingZeros(false);
    builder.getIPv6AddressParametersBuilder().allowZone(false);
    builder.getIPv6AddressParametersBuilder().getEmbeddedIPv4AddressParametersBuilder()
        .allow_inet_aton(false).allowLeadingZeros(false);
    return builder.toParams();
  }

  /** A length the library would read modulo 2^32, or text with control characters, never reaches it. */
  private static final Pattern PLAIN = Pattern.compile("[^/\\p{Cntrl}]+(/\\d{1,3})?");

  /** Parses {@code text} as an address, with an optional {@code /length}. */
  static IPAddress parse(String text, String field) {
    if (text == null || text.isBlank() || text.length() > 64 || !PLAIN.matcher(text.strip()).matches()) {
      throw Invalid.malformed(field, field + " is not a valid IP address: " + quote(text));
    }
    IPAddress address = new IPAddressString(text.strip(), STRICT).getAddress();
    if (address == null) {
      throw Invalid.malformed(field, field + " is not a valid IP address: " + quote(text));
    }
    return address;
  }

  static IpAddress toValue(IPAddress address) {
    IpFamily family = address.isIPv4() ? IpFamily.V4 : IpFamily.V6;
    return new IpAddress(family, address.getValue());
  }

  static IPAddress toLibrary(IpAddress address) {
    return address.family() == IpFamily.V4
        ? new IPv4Address(address.value().intValue())
        : new IPv6Address(address.value());
  }

  static String canonical(IpAddress address) {
    return address.family() == IpFamily.V4
        ? toLibrary(address).toNormalizedString()
        : toLibrary(address).toCanonicalString();
  }

  static String expanded(IpAddress address) {
    return address.family() == IpFamily.V4 ? canonical(address) : toLibrary(address).toFullString();
  }

  static BigInteger mask(IpFamily family, int length) {
    return family.maxValue().shiftRight(length).xor(family.maxValue());
  }

  private static String quote(String text) {
    return text == null ? "null" : "'" + (text.length() > 64 ? text.substring(0, 64) + "…" : text) + "'";
  }
}
