package io.openipam.application.port.in;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.pool.Nameservers;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.ReservedAddresses;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;

/** Creates a pool, top-level or inside a parent, after checking where it may stand. */
public interface CreatePool {

  /**
   * Optional parts are null: unitLength (defaults to single addresses), network, location,
   * parent, gateway, nameservers, reserved (defaults to network and last address), policy,
   * description.
   */
  record NewPool(
      TenantId owner,
      IpPrefix prefix,
      Integer unitLength,
      Visibility visibility,
      NetworkId network,
      LocationId location,
      PoolId parent,
      IpAddress gateway,
      Nameservers nameservers,
      ReservedAddresses reserved,
      PolicyId policy,
      String description) {

    public NewPool {
      Text.check("description", description, 1024);
    }

    public static Builder builder(TenantId owner, IpPrefix prefix, Visibility visibility) {
      return new Builder(owner, prefix, visibility);
    }
  }

  /** Names the optional parts of a new pool one by one. */
  final class Builder {
    private final TenantId owner;
    private final IpPrefix prefix;
    private final Visibility visibility;
    private Integer unitLength;
    private NetworkId network;
    private LocationId location;
    private PoolId parent;
    private IpAddress gateway;
    private Nameservers nameservers;
    private ReservedAddresses reserved;
    private PolicyId policy;
    private String description;

    private Builder(TenantId owner, IpPrefix prefix, Visibility visibility) {
      this.owner = owner;
      this.prefix = prefix;
      this.visibility = visibility;
    }

    public Builder unitLength(Integer value) { unitLength = value; return this; }

    public Builder network(NetworkId value) { network = value; return this; }

    public Builder location(LocationId value) { location = value; return this; }

    public Builder parent(PoolId value) { parent = value; return this; }

    public Builder gateway(IpAddress value) { gateway = value; return this; }

    public Builder nameservers(Nameservers value) { nameservers = value; return this; }

    public Builder reserved(ReservedAddresses value) { reserved = value; return this; }

    public Builder policy(PolicyId value) { policy = value; return this; }

    public Builder description(String value) { description = value; return this; }

    public NewPool build() {
      return new NewPool(owner, prefix, unitLength, visibility, network, location, parent, gateway, nameservers,
          reserved, policy, description);
    }
  }

  Pool create(Principal caller, NewPool pool);
}
