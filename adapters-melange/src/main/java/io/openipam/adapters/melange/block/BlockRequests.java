package io.openipam.adapters.melange.block;

import io.openipam.adapters.melange.MelangeSettings;
import io.openipam.adapters.melange.fault.InvalidValues;
import io.openipam.adapters.melange.http.Params;
import io.openipam.application.port.in.AmendPool;
import io.openipam.application.port.in.CreatePool;
import io.openipam.application.port.in.DefinePolicy;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Nameservers;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.ReservedAddresses;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the bodies of block create, update and subnet create into the core's commands, checking
 * what can be checked without the store in Melange's words, and reporting every broken rule in
 * one 400 (spec §6.1). Placement rules (overlaps, parent, network) are the core's.
 *
 * <p>A Melange block is a pool of single addresses that hands out its network address but never
 * its last one (spec §6.2), with no gateway unless one is given (Essex) and the configured name
 * servers unless others are.
 */
@Singleton
class BlockRequests {

  private static final int TEXT_LIMIT = 255;
  /** How a CIDR ends: a slash and one to three digits. */
  private static final Pattern PREFIX_LENGTH = Pattern.compile("/[0-9]{1,3}$");

  private final DefinePolicy policies;
  private final MelangeSettings settings;

  BlockRequests(DefinePolicy policies, MelangeSettings settings) {
    this.policies = policies;
    this.settings = settings;
  }

  /**
   * {@code POST .../ip_blocks}: type, cidr, network_id, policy_id, gateway, dns1, dns2; the body's
   * tenant_id and parent_id are ignored (spec §5.1).
   */
  CreatePool.NewPool newBlock(Principal caller, TenantId owner, Params params) {
    InvalidValues problems = new InvalidValues();
    String type = params.text("type", problems);
    Optional<Visibility> visibility = BlockType.parse(type);
    if (visibility.isEmpty()) {
      problems.add("type", BlockType.INVALID);
    }
    IpPrefix prefix = cidr(params, problems);
    NetworkId network = network(params, problems);
    IpAddress gateway = gateway(params, problems);
    PolicyId policy = policy(caller, params, problems);
    Nameservers nameservers = nameservers(params, problems, configuredNameservers());
    problems.throwIfAny();
    return CreatePool.NewPool.builder(owner, prefix, visibility.orElseThrow())
        .unitLength(prefix.family().bits())
        .reserved(ReservedAddresses.LAST_ONLY)
        .network(network)
        .gateway(gateway)
        .policy(policy)
        .nameservers(nameservers)
        .build();
  }

  /**
   * {@code PUT .../ip_blocks/{id}}: network_id, policy_id, gateway, dns1, dns2 change, when sent
   * and not null; cidr, type, tenant_id and parent_id are ignored (spec §5.1).
   */
  AmendPool.Amendment amendment(Principal caller, Pool current, Params params) {
    InvalidValues problems = new InvalidValues();
    NetworkId network = network(params, problems);
    IpAddress gateway = gateway(params, problems);
    PolicyId policy = policy(caller, params, problems);
    Nameservers nameservers = nameservers(params, problems, current.nameservers());
    problems.throwIfAny();
    return new AmendPool.Amendment(
        network == null ? null : Optional.of(network),
        policy == null ? null : Optional.of(policy),
        gateway == null ? null : Optional.of(gateway),
        nameservers.equals(current.nameservers()) ? null : nameservers,
        null);
  }

  /**
   * {@code POST .../subnets}: cidr, network_id and tenant_id; everything else is ignored. The
   * child takes the parent's type, and the parent's network and tenant unless others are given;
   * no policy, no gateway, the configured name servers (spec §5.2).
   */
  CreatePool.NewPool newSubnet(Pool parent, Params params) {
    InvalidValues problems = new InvalidValues();
    IpPrefix prefix = cidr(params, problems);
    NetworkId network = network(params, problems);
    TenantId owner = tenant(params, problems);
    problems.throwIfAny();
    return CreatePool.NewPool.builder(owner == null ? parent.owner() : owner, prefix, parent.visibility())
        .unitLength(prefix.family().bits())
        .reserved(ReservedAddresses.LAST_ONLY)
        .parent(parent.id())
        .network(network == null ? parent.network() : network)
        .nameservers(configuredNameservers())
        .build();
  }

  /**
   * Parsing is the core's; what it cannot parse is invalid, whether it says so ({@link Invalid})
   * or its IP library fails on text it did not expect. A prefix length is at most three digits
   * here: the library reads a longer one modulo 2^32, so {@code 10.0.0.0/4294967328} would be a
   * /32 and {@code 10.0.0.0/2147483648} fails inside it.
   */
  private static IpPrefix cidr(Params params, InvalidValues problems) {
    String cidr = params.text("cidr", problems);
    if (cidr != null && cidr.contains("/") && !PREFIX_LENGTH.matcher(cidr.strip()).find()) {
      problems.add("cidr", "cidr is invalid");
      return null;
    }
    try {
      return IpPrefix.parse(cidr, "cidr");
    } catch (RuntimeException unparseable) {
      problems.add("cidr", "cidr is invalid");
      return null;
    }
  }

  private static NetworkId network(Params params, InvalidValues problems) {
    String network = params.text("network_id", problems);
    try {
      return network == null ? null : new NetworkId(network);
    } catch (Invalid invalid) {
      problems.add("network_id", invalid.getMessage());
      return null;
    }
  }

  private static TenantId tenant(Params params, InvalidValues problems) {
    String tenant = params.text("tenant_id", problems);
    try {
      return tenant == null ? null : new TenantId(tenant);
    } catch (Invalid invalid) {
      problems.add("tenant_id", invalid.getMessage());
      return null;
    }
  }

  /** Any IPv4 or IPv6 address; Melange did not require it inside the block. */
  private static IpAddress gateway(Params params, InvalidValues problems) {
    String gateway = params.text("gateway", problems);
    try {
      return gateway == null ? null : IpAddress.parse(gateway, "gateway");
    } catch (RuntimeException unparseable) { // Invalid, or the IP library failing: see cidr()
      problems.add("gateway", "Gateway is not a valid address");
      return null;
    }
  }

  /**
   * The policy must exist. The core finds only the policies the caller may use (a tenant's own,
   * any for an operator), where Melange accepted any tenant's policy id: the core's rule stands.
   */
  private PolicyId policy(Principal caller, Params params, InvalidValues problems) {
    String id = params.text("policy_id", problems);
    if (id == null) {
      return null;
    }
    try {
      return policies.get(caller, new PolicyId(id)).id();
    } catch (NotFound | Invalid unknown) {
      problems.add("policy_id", "Policy with id = '" + id + "' doesn't exist");
      return null;
    }
  }

  /** dns1 and dns2 as sent; either one not sent is taken from {@code otherwise}. */
  private static Nameservers nameservers(Params params, InvalidValues problems, Nameservers otherwise) {
    String dns1 = text(params, "dns1", problems);
    String dns2 = text(params, "dns2", problems);
    return new Nameservers(dns1 != null ? dns1 : otherwise.primary(), dns2 != null ? dns2 : otherwise.secondary());
  }

  /** What a new block advertises when the request names no name servers (spec §10). */
  private Nameservers configuredNameservers() {
    return new Nameservers(settings.dns1(), settings.dns2());
  }

  /** Free text that must fit the store's column. */
  private static String text(Params params, String field, InvalidValues problems) {
    String value = params.text(field, problems);
    if (value != null && value.length() > TEXT_LIMIT) {
      problems.add(field, field + " should be at most " + TEXT_LIMIT + " characters");
      return null;
    }
    return value;
  }
}
