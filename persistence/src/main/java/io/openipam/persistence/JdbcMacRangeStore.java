package io.openipam.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import io.openipam.application.port.out.MacRangeStore;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.device.MacRange;
import io.openipam.domain.device.MacRangeId;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Taking a MAC is one short transaction on the range's row, as a slot lease is on a pool's cursor. */
@Singleton
public class JdbcMacRangeStore implements MacRangeStore {

  private static final String SELECT = "SELECT id, cidr, first_mac, prefix_length, created_at, updated_at FROM mac_range ";

  private final Sql sql;

  public JdbcMacRangeStore(Sql sql) {
    this.sql = sql;
  }

  @Override
  @Transactional
  public void insert(MacRange range) {
    sql.update("INSERT INTO mac_range (id, cidr, first_mac, prefix_length, next_offset, created_at, updated_at) "
            + "VALUES (?, ?, ?, ?, 0, ?, ?)",
        range.id().value(), range.text(), range.first().value(), range.prefixLength(), range.createdAt(),
        range.updatedAt());
  }

  @Override
  @Connectable
  public Optional<MacRange> find(MacRangeId id) {
    return sql.one(SELECT + "WHERE id = ?", JdbcMacRangeStore::read, id.value());
  }

  @Override
  @Connectable
  public List<MacRange> list() {
    return sql.query(SELECT + "ORDER BY created_at, id", JdbcMacRangeStore::read);
  }

  @Override
  @Transactional
  public boolean delete(MacRangeId id) {
    return sql.update("DELETE FROM mac_range WHERE id = ?", id.value()) == 1;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<MacAddress> take(MacRange range) {
    Optional<Long> cursor = sql.one("SELECT next_offset FROM mac_range WHERE id = ? FOR UPDATE",
        rs -> rs.getLong(1), range.id().value());
    if (cursor.isEmpty()) {
      return Optional.empty();
    }
    Optional<Long> returned = sql.one("SELECT mac FROM mac_range_free WHERE range_id = ? ORDER BY mac LIMIT 1",
        rs -> rs.getLong(1), range.id().value());
    if (returned.isPresent()) {
      sql.update("DELETE FROM mac_range_free WHERE range_id = ? AND mac = ?", range.id().value(), returned.get());
      return Optional.of(new MacAddress(returned.get()));
    }
    if (cursor.get() >= range.size()) {
      return Optional.empty();
    }
    sql.update("UPDATE mac_range SET next_offset = ? WHERE id = ?", cursor.get() + 1, range.id().value());
    return Optional.of(range.at(cursor.get()));
  }

  @Override
  @Transactional
  public void giveBack(MacRangeId range, MacAddress mac) {
    try {
      sql.insertUnlessDuplicate("INSERT INTO mac_range_free (range_id, mac) VALUES (?, ?)", range.value(), mac.value());
    } catch (MissingReference rangeDeleted) {
      // nothing to give the address back to
    }
  }

  private static MacRange read(ResultSet rs) throws SQLException {
    return new MacRange(new MacRangeId(rs.getString("id")), rs.getString("cidr"), new MacAddress(rs.getLong("first_mac")),
        rs.getInt("prefix_length"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
  }
}
