package io.openipam.persistence;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.allocation.HealthCheck;
import io.openipam.domain.allocation.Labels;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The allocation table's columns and how a row becomes an {@link Allocation}. */
final class AllocationRows {

  static final String SELECT = "SELECT a.id, a.pool_id, a.address, a.prefix_length, a.owner_tenant, a.lessee_tenant, "
      + "a.device_id, a.interface_id, a.mac_address, a.description, a.reverse_dns, a.hc_mode, a.hc_port, "
      + "a.hc_interval, a.hc_timeout, a.hc_strikes_ok, a.hc_strikes_fail, a.hc_uri, a.hc_tls_sni, "
      + "a.hc_tls_skip_verify, a.state, a.released_at, a.created_at, a.updated_at, a.version FROM allocation a ";

  /** The columns a change may write, in the order {@link #mutableValues} gives them. */
  static final String MUTABLE_COLUMNS = "device_id = ?, interface_id = ?, mac_address = ?, description = ?, "
      + "reverse_dns = ?, hc_mode = ?, hc_port = ?, hc_interval = ?, hc_timeout = ?, hc_strikes_ok = ?, "
      + "hc_strikes_fail = ?, hc_uri = ?, hc_tls_sni = ?, hc_tls_skip_verify = ?, state = ?, released_at = ?, "
      + "updated_at = ?, version = ?";

  private AllocationRows() {}

  static List<Object> mutableValues(Allocation a) {
    HealthCheck hc = a.healthCheck();
    List<Object> values = new ArrayList<>();
    values.add(a.attachment() == null ? null : a.attachment().deviceId());
    values.add(a.attachment() == null ? null : a.attachment().interfaceId());
    values.add(a.mac() == null ? null : a.mac().value());
    values.add(a.description());
    values.add(a.reverseDns());
    values.add(hc == null ? null : hc.mode());
    values.add(hc == null ? null : hc.port());
    values.add(hc == null ? null : hc.intervalSeconds());
    values.add(hc == null ? null : hc.timeoutSeconds());
    values.add(hc == null ? null : hc.strikesOk());
    values.add(hc == null ? null : hc.strikesFail());
    values.add(hc == null ? null : hc.uri());
    values.add(hc == null ? null : hc.tlsServerName());
    values.add(hc == null ? null : hc.tlsSkipVerify());
    values.add(a.state());
    values.add(a.releasedAt());
    values.add(a.updatedAt());
    values.add(a.version());
    return values;
  }

  /** Reads a row; the labels live in their own table and are supplied afterwards. */
  static Function<Labels, Allocation> read(ResultSet rs) throws SQLException {
    String device = rs.getString("device_id");
    String iface = rs.getString("interface_id");
    long mac = rs.getLong("mac_address");
    boolean hasMac = !rs.wasNull();
    String mode = rs.getString("hc_mode");
    HealthCheck healthCheck = mode == null ? null : new HealthCheck(HealthCheck.Mode.valueOf(mode),
        rs.getInt("hc_port"), rs.getInt("hc_interval"), rs.getInt("hc_timeout"), rs.getInt("hc_strikes_ok"),
        rs.getInt("hc_strikes_fail"), rs.getString("hc_uri"), rs.getString("hc_tls_sni"),
        rs.getBoolean("hc_tls_skip_verify"));
    AllocationId id = new AllocationId(rs.getString("id"));
    PoolId pool = new PoolId(rs.getString("pool_id"));
    IpPrefix prefix = new IpPrefix(IpAddress.fromBytes(rs.getBytes("address")), rs.getInt("prefix_length"));
    TenantId owner = new TenantId(rs.getString("owner_tenant"));
    TenantId lessee = new TenantId(rs.getString("lessee_tenant"));
    Attachment attachment = device == null && iface == null ? null : new Attachment(device, iface);
    MacAddress macAddress = hasMac ? new MacAddress(mac) : null;
    String description = rs.getString("description");
    String reverseDns = rs.getString("reverse_dns");
    AllocationState state = AllocationState.valueOf(rs.getString("state"));
    Instant releasedAt = Sql.instant(rs, "released_at");
    Instant createdAt = Sql.instant(rs, "created_at");
    Instant updatedAt = Sql.instant(rs, "updated_at");
    long version = rs.getLong("version");
    return labels -> new Allocation(id, pool, prefix, owner, lessee, attachment, macAddress, description, labels,
        reverseDns, healthCheck, state, releasedAt, createdAt, updatedAt, version);
  }
}
