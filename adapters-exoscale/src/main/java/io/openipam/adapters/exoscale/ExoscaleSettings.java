package io.openipam.adapters.exoscale;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * The {@code exoscale.*} settings; the zones themselves are {@code exoscale.zones} entries
 * ({@link io.openipam.adapters.exoscale.zone.ZoneEntry}).
 *
 * @param defaultZone the zone of a request whose host does not name one ({@code api-{zone}.…});
 *     Exoscale's own default is {@code ch-gva-2}
 * @param signatureLeeway how long after its {@code expires} a signed request is still accepted:
 *     the Java SDK signs with {@code expires} = now (spec §5.3)
 * @param signatureMaxFuture how far in the future {@code expires} may lie (Go and Python: now + 600 s)
 * @param pendingOperations whether a mutation answers its operation as {@code pending} (it is
 *     {@code success} when polled), which exercises every client's polling loop as the real API
 *     does (spec §4.3); false answers {@code success} at once
 */
@ConfigurationProperties("exoscale")
public record ExoscaleSettings(
    @Nullable String defaultZone,
    @Nullable Duration signatureLeeway,
    @Nullable Duration signatureMaxFuture,
    @Nullable Boolean pendingOperations) {

  public ExoscaleSettings {
    defaultZone = defaultZone == null || defaultZone.isBlank() ? "ch-gva-2" : defaultZone;
    signatureLeeway = signatureLeeway == null ? Duration.ofMinutes(5) : signatureLeeway;
    signatureMaxFuture = signatureMaxFuture == null ? Duration.ofHours(1) : signatureMaxFuture;
    pendingOperations = pendingOperations == null || pendingOperations;
  }
}
