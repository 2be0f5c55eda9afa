package io.openipam.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import io.openipam.application.port.out.AllowedAddressStore;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.device.InterfaceId;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;

@Singleton
public class JdbcAllowedAddressStore implements AllowedAddressStore {

  private final Sql sql;

  public JdbcAllowedAddressStore(Sql sql) {
    this.sql = sql;
  }

  @Override
  @Connectable
  public void allow(InterfaceId nic, AllocationId allocation) {
    try {
      sql.insertUnlessDuplicate("INSERT INTO interface_allowed_address (interface_id, allocation_id) VALUES (?, ?)",
          nic.value(), allocation.value());
    } catch (MissingReference goneMeanwhile) {
      // the interface or the address was deleted a moment ago: there is nothing left to allow
    }
  }

  @Override
  @Transactional
  public boolean disallow(InterfaceId nic, AllocationId allocation) {
    return sql.update("DELETE FROM interface_allowed_address WHERE interface_id = ? AND allocation_id = ?",
        nic.value(), allocation.value()) == 1;
  }

  @Override
  @Connectable
  public List<AllocationId> allowedOn(InterfaceId nic) {
    return sql.query("SELECT allocation_id FROM interface_allowed_address WHERE interface_id = ? ORDER BY allocation_id",
        rs -> new AllocationId(rs.getString(1)), nic.value());
  }
}
