package io.openipam.bootstrap;

import io.micronaut.scheduling.annotation.Scheduled;
import io.openipam.application.port.in.PurgeReleasedAllocations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Returns addresses whose quarantine has run out to their pools, on a fixed delay. */
@Singleton
public class PurgeSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(PurgeSchedule.class);

  private final PurgeReleasedAllocations purge;

  public PurgeSchedule(PurgeReleasedAllocations purge) {
    this.purge = purge;
  }

  @Scheduled(fixedDelay = "${ipam.purge-interval:5m}", initialDelay = "${ipam.purge-interval:5m}")
  void purgeDue() {
    int purged = purge.purgeDue();
    if (purged > 0) {
      LOG.info("purged {} released allocations", purged);
    }
  }
}
