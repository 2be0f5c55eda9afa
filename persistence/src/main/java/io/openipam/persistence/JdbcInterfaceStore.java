package io.openipam.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import io.openipam.application.port.out.InterfaceStore;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.device.MacRangeId;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@Singleton
public class JdbcInterfaceStore implements InterfaceStore {

  private static final String SELECT = "SELECT id, tenant, device_id, mac_address, mac_range_id, network_id, "
      + "created_at, updated_at, version FROM network_interface ";

  private final Sql sql;

  public JdbcInterfaceStore(Sql sql) {
    this.sql = sql;
  }

  /** One autocommitted insert; a broken unique key says which one by whether the id exists. */
  @Override
  @Connectable
  public Insert insert(NetworkInterface nic) {
    boolean stored;
    try {
      stored = sql.insertUnlessDuplicate("INSERT INTO network_interface (id, tenant, device_id, mac_address, "
              + "mac_range_id, network_id, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          nic.id().value(), nic.tenant().value(), nic.deviceId(), nic.mac() == null ? null : nic.mac().value(),
          nic.macRange() == null ? null : nic.macRange().value(), nic.network() == null ? null : nic.network().value(),
          nic.createdAt(), nic.updatedAt(), nic.version());
    } catch (MissingReference rangeDeleted) {
      // the range went away after the MAC was taken from it: the interface keeps the MAC, not the link
      return insert(new NetworkInterface(nic.id(), nic.tenant(), nic.deviceId(), nic.mac(), null, nic.network(),
          nic.createdAt(), nic.updatedAt(), nic.version()));
    }
    if (stored) {
      return Insert.STORED;
    }
    return find(nic.id()).isPresent() ? Insert.ID_TAKEN : Insert.MAC_TAKEN;
  }

  @Override
  @Connectable
  public Optional<NetworkInterface> find(InterfaceId id) {
    return sql.one(SELECT + "WHERE id = ?", JdbcInterfaceStore::read, id.value());
  }

  @Override
  @Connectable
  public List<NetworkInterface> ofDevice(String deviceId) {
    return sql.query(SELECT + "WHERE device_id = ? ORDER BY created_at, id", JdbcInterfaceStore::read, deviceId);
  }

  @Override
  @Transactional
  public boolean update(NetworkInterface updated, long expectedVersion) {
    return sql.update("UPDATE network_interface SET network_id = ?, updated_at = ?, version = ? "
            + "WHERE id = ? AND version = ?",
        updated.network() == null ? null : updated.network().value(), updated.updatedAt(), updated.version(),
        updated.id().value(), expectedVersion) == 1;
  }

  @Override
  @Transactional
  public boolean delete(NetworkInterface nic) {
    return sql.update("DELETE FROM network_interface WHERE id = ? AND version = ?", nic.id().value(),
        nic.version()) == 1;
  }

  private static NetworkInterface read(ResultSet rs) throws SQLException {
    long mac = rs.getLong("mac_address");
    MacAddress macAddress = rs.wasNull() ? null : new MacAddress(mac);
    return new NetworkInterface(
        new InterfaceId(rs.getString("id")),
        new TenantId(rs.getString("tenant")),
        rs.getString("device_id"),
        macAddress,
        PoolRows.optional(rs.getString("mac_range_id"), MacRangeId::new),
        PoolRows.optional(rs.getString("network_id"), NetworkId::new),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "updated_at"),
        rs.getLong("version"));
  }
}
