package io.openipam.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import io.openipam.application.port.out.MacHolders;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.allocation.AllocationId;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class JdbcMacHolders implements MacHolders {

  private final Sql sql;

  public JdbcMacHolders(Sql sql) {
    this.sql = sql;
  }

  @Override
  @Connectable
  public List<AllocationId> holding(MacAddress mac) {
    return sql.query("SELECT id FROM allocation WHERE mac_address = ? AND state = 'ALLOCATED' ORDER BY id",
        rs -> new AllocationId(rs.getString(1)), mac.value());
  }
}
