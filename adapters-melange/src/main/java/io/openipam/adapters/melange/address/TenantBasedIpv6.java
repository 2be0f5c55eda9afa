package io.openipam.adapters.melange.address;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.tenant.TenantId;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Melange's default IPv6 generator (spec §6.4): the interface identifier is the first 32 bits of
 * SHA-1 of the tenant id, then {@code ff}, then the low 24 bits of the MAC address; it is masked
 * into the block's host bits. Each further candidate adds one to the MAC.
 */
final class TenantBasedIpv6 {

  private TenantBasedIpv6() {}

  /** The {@code step}-th candidate (0 first) for the tenant and MAC in {@code block}. */
  static IpAddress candidate(IpPrefix block, TenantId tenant, MacAddress mac, int step) {
    long identifier = (tenantBits(tenant) << 32) | (0xffL << 24) | ((mac.value() + step) & 0xffffffL);
    BigInteger hostMask = BigInteger.ONE.shiftLeft(IpFamily.V6.bits() - block.length()).subtract(BigInteger.ONE);
    BigInteger host = new BigInteger(Long.toUnsignedString(identifier)).and(hostMask);
    return new IpAddress(IpFamily.V6, block.network().value().or(host));
  }

  private static long tenantBits(TenantId tenant) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(tenant.value().getBytes(StandardCharsets.UTF_8));
      return ((digest[0] & 0xffL) << 24) | ((digest[1] & 0xffL) << 16) | ((digest[2] & 0xffL) << 8) | (digest[3] & 0xffL);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-1", e);
    }
  }
}
