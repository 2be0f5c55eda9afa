package io.openipam.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import io.openipam.application.port.out.AllocationSearch;
import io.openipam.domain.allocation.Allocation;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Each criterion has an index that leads with it (lessee, interface, device, address), so the
 * database reads only the rows a search names.
 */
@Singleton
public class JdbcAllocationSearch implements AllocationSearch {

  private final Sql sql;
  private final JdbcAllocationStore allocations;

  public JdbcAllocationSearch(Sql sql, JdbcAllocationStore allocations) {
    this.sql = sql;
    this.allocations = allocations;
  }

  @Override
  @Connectable
  public List<Allocation> find(Criteria c) {
    StringBuilder where = new StringBuilder("WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (c.lessee() != null) {
      where.append(" AND a.lessee_tenant = ?");
      params.add(c.lessee().value());
    }
    if (c.interfaceId() != null) {
      where.append(" AND a.interface_id = ?");
      params.add(c.interfaceId());
    }
    if (c.deviceId() != null) {
      where.append(" AND a.device_id = ?");
      params.add(c.deviceId());
    }
    if (c.address() != null) {
      where.append(" AND a.address = ?");
      params.add(c.address().toBytes());
    }
    if (c.state() != null) {
      where.append(" AND a.state = ?");
      params.add(c.state());
    }
    if (c.afterId() != null) {
      where.append(" AND a.id > ?");
      params.add(c.afterId().value());
    }
    params.add(c.limit());
    return allocations.withLabels(sql.query(AllocationRows.SELECT + where + " ORDER BY a.id LIMIT ?",
        AllocationRows::read, params.toArray()));
  }
}
