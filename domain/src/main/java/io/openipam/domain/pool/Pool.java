package io.openipam.domain.pool;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A prefix from which addresses (or smaller prefixes) are handed out. {@code unitLength} is the
 * length of what one allocation takes: 32 or 128 for single addresses, 64 for IPv6 /64s from a
 * /48, 28 for IPv4 /28s from a /24.
 *
 * <p>Optional parts are null when absent: network, location, parent, gateway, policy, description.
 */
public record Pool(
    PoolId id,
    TenantId owner,
    IpPrefix prefix,
    int unitLength,
    Visibility visibility,
    NetworkId network,
    LocationId location,
    PoolId parent,
    IpAddress gateway,
    Nameservers nameservers,
    ReservedAddresses reserved,
    PolicyId policy,
    String description,
    int subpoolCount,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public Pool {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(reserved, "reserved");
    nameservers = nameservers == null ? Nameservers.NONE : nameservers;
    checkUnitLength(prefix, unitLength);
    if (gateway != null && gateway.family() != prefix.family()) {
      throw new Invalid(Invalid.Reason.FAMILY_MISMATCH, "gateway",
          "gateway " + gateway + " is not of the pool's family");
    }
  }

  public static void checkUnitLength(IpPrefix prefix, int unitLength) {
    if (unitLength < prefix.length() || unitLength > prefix.family().bits()) {
      throw Invalid.malformed("unit_length", "allocations from " + prefix + " must be between /"
          + prefix.length() + " and /" + prefix.family().bits() + ", not /" + unitLength);
    }
  }

  /** The same pool with its changeable parts replaced; prefix, owner, unit and parent never change. */
  public Pool amended(NetworkId newNetwork, PolicyId newPolicy, IpAddress newGateway, Nameservers newNameservers,
      String newDescription, Instant now) {
    return new Pool(id, owner, prefix, unitLength, visibility, newNetwork, location, parent, newGateway,
        newNameservers, reserved, newPolicy, newDescription, subpoolCount, createdAt, now, version + 1);
  }

  public boolean isSubdivided() {
    return subpoolCount > 0;
  }

  /** The last address of the prefix: the IPv4 broadcast address. */
  public IpAddress lastAddress() {
    return prefix.last();
  }
}
