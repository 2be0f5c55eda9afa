package io.openipam.adapters.melange.block;

import io.openipam.domain.address.IpFamily;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.pool.Pool;
import java.time.Instant;

/**
 * An {@code ip_block} (also a {@code subnet}) on the wire: exactly Melange's 14 fields (spec §4.1).
 * {@code broadcast} is the block's last address and {@code netmask} the dotted mask for IPv4 but
 * the prefix length for IPv6, both computed as Melange did at read time.
 */
public record IpBlockView(
    String id,
    String cidr,
    String networkId,
    String policyId,
    String tenantId,
    String gateway,
    String parentId,
    String type,
    String dns1,
    String dns2,
    String broadcast,
    String netmask,
    Instant createdAt,
    Instant updatedAt) {

  public static IpBlockView of(Pool pool) {
    IpPrefix prefix = pool.prefix();
    return new IpBlockView(
        pool.id().value(),
        prefix.toString(),
        pool.network() == null ? null : pool.network().value(),
        pool.policy() == null ? null : pool.policy().value(),
        pool.owner().value(),
        pool.gateway() == null ? null : pool.gateway().toString(),
        pool.parent() == null ? null : pool.parent().value(),
        BlockType.name(pool.visibility()),
        pool.nameservers().primary(),
        pool.nameservers().secondary(),
        prefix.last().toString(),
        prefix.family() == IpFamily.V4 ? prefix.netmask().toString() : Integer.toString(prefix.length()),
        pool.createdAt(),
        pool.updatedAt());
  }
}
