package io.openipam.persistence;

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
import io.openipam.domain.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The pool table's columns and how a row becomes a {@link Pool}. */
final class PoolRows {

  static final String COLUMNS = "p.id, p.owner_tenant, p.first_address, p.prefix_length, p.unit_length, "
      + "p.visibility, p.network_id, p.location_id, p.parent_id, p.gateway, p.primary_nameserver, "
      + "p.secondary_nameserver, p.reserve_network_address, p.reserve_last_address, p.policy_id, p.description, "
      + "p.subpool_count, p.created_at, p.updated_at, p.version";

  static final String SELECT = "SELECT " + COLUMNS + " FROM pool p ";

  private PoolRows() {}

  static Pool map(ResultSet rs) throws SQLException {
    byte[] gateway = rs.getBytes("gateway");
    return new Pool(
        new PoolId(rs.getString("id")),
        new TenantId(rs.getString("owner_tenant")),
        new IpPrefix(IpAddress.fromBytes(rs.getBytes("first_address")), rs.getInt("prefix_length")),
        rs.getInt("unit_length"),
        Visibility.valueOf(rs.getString("visibility")),
        optional(rs.getString("network_id"), NetworkId::new),
        optional(rs.getString("location_id"), LocationId::new),
        optional(rs.getString("parent_id"), PoolId::new),
        gateway == null ? null : IpAddress.fromBytes(gateway),
        new Nameservers(rs.getString("primary_nameserver"), rs.getString("secondary_nameserver")),
        new ReservedAddresses(rs.getBoolean("reserve_network_address"), rs.getBoolean("reserve_last_address")),
        optional(rs.getString("policy_id"), PolicyId::new),
        rs.getString("description"),
        rs.getInt("subpool_count"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "updated_at"),
        rs.getLong("version"));
  }

  static <T> T optional(String value, java.util.function.Function<String, T> wrap) {
    return value == null ? null : wrap.apply(value);
  }
}
