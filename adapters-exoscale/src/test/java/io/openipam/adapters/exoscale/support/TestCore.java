package io.openipam.adapters.exoscale.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.openipam.application.port.in.DeclarePublicPools;
import io.openipam.application.port.out.CredentialDirectory;
import io.openipam.application.port.out.IdSource;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.tenant.Credential;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What bootstrap gives the core in the server, given here so the facade is tested on the real core
 * and store without depending on bootstrap (its clock and settings: testing's CoreSettings). Keys:
 * {@code EXO-<t>} signs for tenant {@code <t>} with secret {@link Keys#secretOf}, so each test can
 * use organizations of its own. Public pools: location {@code gva} (zone ch-gva-2) has IPv4 /32s
 * and IPv6 /96s, {@code fra} (zone de-fra-1) IPv4 /32s.
 */
@Factory
class TestCore {

  /** Time-ordered like the server's ids (UUIDv7): a list by id follows creation, as clients see it. */
  @Singleton
  IdSource ids() {
    AtomicLong sequence = new AtomicLong();
    return () -> new UUID((sequence.incrementAndGet() << 16) | 0x7000L,
        0x8000_0000_0000_0000L | (ThreadLocalRandom.current().nextLong() >>> 2)).toString();
  }

  @Singleton
  CredentialDirectory credentials() {
    return key -> key.startsWith(Keys.PREFIX) && key.length() > Keys.PREFIX.length()
        ? Optional.of(new Credential(key, Keys.secretOf(key), Principal.tenant(key.substring(Keys.PREFIX.length()))))
        : Optional.empty();
  }

  @Singleton
  ApplicationEventListener<StartupEvent> publicPools(DeclarePublicPools declare) {
    return event -> declare.declare(List.of(
        new DeclarePublicPools.PublicPool(new LocationId("gva"), IpPrefix.parse("192.0.2.0/24"), 32),
        new DeclarePublicPools.PublicPool(new LocationId("gva"), IpPrefix.parse("2001:db8:2::/48"), 96),
        new DeclarePublicPools.PublicPool(new LocationId("fra"), IpPrefix.parse("198.51.100.0/24"), 32)));
  }
}
