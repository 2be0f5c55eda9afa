package io.openipam.application.port.in;

/** Returns the addresses of allocations whose quarantine has run out to their pools. */
public interface PurgeReleasedAllocations {

  /** Purges everything due now; returns how many allocations were purged. */
  int purgeDue();
}
