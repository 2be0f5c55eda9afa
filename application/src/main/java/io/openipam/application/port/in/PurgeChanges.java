package io.openipam.application.port.in;

import java.time.Duration;

/** Forgets journaled changes once nobody polls them any more. */
public interface PurgeChanges {

  /** Deletes the changes accepted more than {@code age} ago; returns how many. */
  int purgeOlderThan(Duration age);
}
