package io.openipam.persistence;

import io.openipam.application.port.out.SlotLedger;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.SlotRules;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A lease is one short transaction on the pool's cursor row: it reads at most {@code count} free
 * slots by primary key, then steps the cursor forward with the pool's rules. Nothing scans the
 * allocations, so its cost does not grow as the pool fills.
 */
@Singleton
public class JdbcSlotLedger implements SlotLedger {

  private final Sql sql;

  public JdbcSlotLedger(Sql sql) {
    this.sql = sql;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<BigInteger> lease(PoolId pool, int count, SlotRules rules) {
    Optional<BigInteger> cursor = sql.one("SELECT next_slot FROM pool_cursor WHERE pool_id = ? FOR UPDATE",
        rs -> Sql.bigInteger(rs, "next_slot"), pool.value());
    if (cursor.isEmpty()) {
      return List.of();
    }
    List<BigInteger> leased = new ArrayList<>(count);
    List<BigInteger> recycled = sql.query(
        "SELECT slot FROM pool_free_slot WHERE pool_id = ? ORDER BY slot LIMIT ? FOR UPDATE",
        rs -> Sql.bigInteger(rs, "slot"), pool.value(), count);
    for (BigInteger slot : recycled) {
      sql.update("DELETE FROM pool_free_slot WHERE pool_id = ? AND slot = ?", pool.value(), slot);
      if (rules.isUsable(slot)) {
        leased.add(slot);
      }
    }
    BigInteger next = cursor.get();
    while (leased.size() < count) {
      Optional<BigInteger> usable = rules.nextUsable(next);
      if (usable.isEmpty()) {
        next = rules.slotCount();
        break;
      }
      leased.add(usable.get());
      next = usable.get().add(BigInteger.ONE);
    }
    if (!next.equals(cursor.get())) {
      sql.update("UPDATE pool_cursor SET next_slot = ? WHERE pool_id = ?", next, pool.value());
    }
    return leased;
  }

  @Override
  @Transactional
  public void giveBack(PoolId pool, List<BigInteger> slots) {
    for (BigInteger slot : slots) {
      try {
        sql.insertUnlessDuplicate("INSERT INTO pool_free_slot (pool_id, slot) VALUES (?, ?)", pool.value(), slot);
      } catch (MissingReference poolDeleted) {
        return;
      }
    }
  }
}
