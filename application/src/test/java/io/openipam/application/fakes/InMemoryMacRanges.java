package io.openipam.application.fakes;

import io.openipam.application.port.out.MacRangeStore;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.device.MacRange;
import io.openipam.domain.device.MacRangeId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** MAC ranges with a cursor each and a free list of returned addresses, lowest first. */
public final class InMemoryMacRanges implements MacRangeStore {

  private final Map<MacRangeId, MacRange> ranges = new LinkedHashMap<>();
  private final Map<MacRangeId, Long> cursors = new HashMap<>();
  private final Map<MacRangeId, TreeSet<Long>> returned = new HashMap<>();

  @Override
  public synchronized void insert(MacRange range) {
    if (ranges.putIfAbsent(range.id(), range) != null) {
      throw new IllegalStateException("duplicate primary key: mac range " + range.id());
    }
    cursors.put(range.id(), 0L);
  }

  @Override
  public synchronized Optional<MacRange> find(MacRangeId id) {
    return Optional.ofNullable(ranges.get(id));
  }

  @Override
  public synchronized List<MacRange> list() {
    List<MacRange> all = new ArrayList<>(ranges.values());
    all.sort(Comparator.comparing(MacRange::createdAt).thenComparing(range -> range.id().value()));
    return all;
  }

  @Override
  public synchronized boolean delete(MacRangeId id) {
    cursors.remove(id);
    returned.remove(id);
    return ranges.remove(id) != null;
  }

  @Override
  public synchronized Optional<MacAddress> take(MacRange range) {
    Long cursor = cursors.get(range.id());
    if (cursor == null) {
      return Optional.empty();
    }
    TreeSet<Long> back = returned.get(range.id());
    if (back != null && !back.isEmpty()) {
      return Optional.of(new MacAddress(back.pollFirst()));
    }
    if (cursor >= range.size()) {
      return Optional.empty();
    }
    cursors.put(range.id(), cursor + 1);
    return Optional.of(range.at(cursor));
  }

  @Override
  public synchronized void giveBack(MacRangeId range, MacAddress mac) {
    if (ranges.containsKey(range)) {
      returned.computeIfAbsent(range, id -> new TreeSet<>()).add(mac.value());
    }
  }
}
