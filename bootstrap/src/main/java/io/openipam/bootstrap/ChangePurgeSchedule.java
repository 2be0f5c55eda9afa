package io.openipam.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.openipam.application.port.in.PurgeChanges;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets journaled changes once clients stop polling them. They are kept at least a day: a
 * client may poll an operation for an hour (Terraform) and come back to it much later.
 */
@Singleton
public class ChangePurgeSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(ChangePurgeSchedule.class);
  private static final Duration MINIMUM = Duration.ofDays(1);

  private final PurgeChanges purge;
  private final Duration retention;

  public ChangePurgeSchedule(PurgeChanges purge, @Value("${ipam.change-retention:2d}") Duration retention) {
    if (retention.compareTo(MINIMUM) < 0) {
      throw new IllegalArgumentException("ipam.change-retention must be at least 24h, not " + retention);
    }
    this.purge = purge;
    this.retention = retention;
  }

  @Scheduled(fixedDelay = "${ipam.purge-interval:5m}", initialDelay = "${ipam.purge-interval:5m}")
  void purgeDue() {
    int purged = purge.purgeOlderThan(retention);
    if (purged > 0) {
      LOG.info("purged {} journaled changes", purged);
    }
  }
}
