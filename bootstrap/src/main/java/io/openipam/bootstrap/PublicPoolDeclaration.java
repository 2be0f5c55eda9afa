package io.openipam.bootstrap;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.openipam.application.port.in.DeclarePublicPools;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.pool.LocationId;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes the operator's configured public pools exist before the first request. */
@Singleton
public class PublicPoolDeclaration implements ApplicationEventListener<StartupEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(PublicPoolDeclaration.class);

  private final DeclarePublicPools declarePublicPools;
  private final List<PublicPoolEntry> entries;

  public PublicPoolDeclaration(DeclarePublicPools declarePublicPools, List<PublicPoolEntry> entries) {
    this.declarePublicPools = declarePublicPools;
    this.entries = entries;
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    // In configuration order: allocation tries a location's pools in the order they were created.
    List<DeclarePublicPools.PublicPool> pools = entries.stream()
        .sorted(Comparator.comparingInt(PublicPoolEntry::getIndex))
        .map(entry -> {
      IpPrefix prefix = IpPrefix.parse(entry.getPrefix(), "ipam.public-pools.prefix");
      int unit = entry.getUnitLength() == null ? prefix.family().bits() : entry.getUnitLength();
      return new DeclarePublicPools.PublicPool(new LocationId(entry.getLocation()), prefix, unit);
    }).toList();
    if (!pools.isEmpty()) {
      LOG.info("{} public pools declared", declarePublicPools.declare(pools).size());
    }
  }
}
