package io.openipam.persistence;

import io.openipam.application.port.out.SlotLedger;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.SlotRules;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A lease is one short transaction on the pool's cursor row: it reads at most {@code count} free
 * slots by primary key, then steps the cursor forward with the pool's rules. Nothing scans the
 * allocations while the cursor has room, so its cost does not grow as the pool fills.
 */
@Singleton
public class JdbcSlotLedger implements SlotLedger {

  /** Pools larger than this are not walked for leaked slots. */
  private static final BigInteger RECLAIM_LIMIT = BigInteger.ONE.shiftLeft(20);
  private static final long RECLAIM_PAUSE_NANOS = 5_000_000_000L;

  private final Sql sql;
  private final ConcurrentHashMap<PoolId, Long> fruitlessReclaims = new ConcurrentHashMap<>();

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
    int wanted = count - leased.size();
    List<BigInteger> fresh = rules.usableFrom(cursor.get(), wanted);
    leased.addAll(fresh);
    BigInteger next = rules.cursorAfter(fresh, wanted, cursor.get());
    if (!next.equals(cursor.get())) {
      sql.update("UPDATE pool_cursor SET next_slot = ? WHERE pool_id = ?", next, pool.value());
    }
    if (leased.isEmpty()) {
      leased.addAll(reclaim(pool, count, rules));
    }
    return leased;
  }

  /**
   * The unallocated usable slots of an exhausted pool: what processes that died had leased.
   * It reads the pool's allocations, so it runs only at exhaustion, at most once per
   * {@link #RECLAIM_PAUSE_NANOS} per pool when it finds nothing, and only for pools small
   * enough to walk; a larger pool whose cursor reached the end has far bigger problems.
   */
  private List<BigInteger> reclaim(PoolId pool, int count, SlotRules rules) {
    Long lastFruitless = fruitlessReclaims.get(pool);
    if (rules.slotCount().compareTo(RECLAIM_LIMIT) > 0
        || (lastFruitless != null && System.nanoTime() - lastFruitless < RECLAIM_PAUSE_NANOS)) {
      return List.of();
    }
    Set<BigInteger> taken = new HashSet<>(sql.query("SELECT address FROM allocation WHERE pool_id = ?",
        rs -> rules.slotOf(IpAddress.fromBytes(rs.getBytes(1))), pool.value()));
    List<BigInteger> holes = rules.usableExcept(taken, count);
    if (holes.isEmpty()) {
      fruitlessReclaims.put(pool, System.nanoTime());
    } else {
      fruitlessReclaims.remove(pool);
    }
    return holes;
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
