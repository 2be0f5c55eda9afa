package io.openipam.application.fakes;

import io.openipam.application.port.out.IdSource;
import java.util.concurrent.atomic.AtomicLong;

/** Canonical lowercase UUIDs counting up from 1, so ids sort in the order they were made. */
public final class SequentialIds implements IdSource {

  private final AtomicLong issued = new AtomicLong();

  @Override
  public String newId() {
    return String.format("00000000-0000-0000-0000-%012x", issued.incrementAndGet());
  }

  public long issued() {
    return issued.get();
  }
}
