package io.openipam.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import io.openipam.application.port.out.DeviceBindingStore;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.error.NotFound;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

@Singleton
public class JdbcDeviceBindingStore implements DeviceBindingStore {

  private final Sql sql;

  public JdbcDeviceBindingStore(Sql sql) {
    this.sql = sql;
  }

  @Override
  @Transactional
  public void insert(AllocationId allocation, String deviceId, Instant at) {
    try {
      sql.insertUnlessDuplicate("INSERT INTO allocation_device (allocation_id, device_id, bound_at) VALUES (?, ?, ?)",
          allocation.value(), deviceId, at);
    } catch (MissingReference allocationGone) {
      throw new NotFound(NotFound.Kind.ALLOCATION, allocation.value());
    }
  }

  @Override
  @Connectable
  public List<String> devicesOf(AllocationId allocation) {
    return sql.query("SELECT device_id FROM allocation_device WHERE allocation_id = ? ORDER BY bound_at, device_id",
        rs -> rs.getString(1), allocation.value());
  }

  @Override
  @Transactional
  public void delete(AllocationId allocation, String deviceId) {
    sql.update("DELETE FROM allocation_device WHERE allocation_id = ? AND device_id = ?", allocation.value(), deviceId);
  }

  @Override
  @Transactional
  public void deleteAll(AllocationId allocation) {
    sql.update("DELETE FROM allocation_device WHERE allocation_id = ?", allocation.value());
  }
}
