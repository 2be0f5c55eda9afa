/**
 * The Scaleway Flexible IP v1alpha1 facade (spec: {@code specs/scaleway-flexible-ip.md}), served
 * at {@code /flexible-ip/v1alpha1/zones/{zone}/fips}.
 *
 * <p>A flexible IP is a live allocation leased from the operator's public pools of the location
 * the zone maps to ({@code scaleway.zones}); its project is the allocation's lessee tenant
 * ({@code scaleway.projects}); its server is the attachment's device; its tags are labels; its
 * virtual MAC is the allocation's MAC. A request's way through:
 * <ol>
 *   <li>{@code fip.FlexibleIpsController} authenticates the key ({@code auth.Callers}), resolves
 *       the zone ({@code fip.Zones}), reads the body ({@code http.JsonBodies}) and calls the
 *       core's use cases.</li>
 *   <li>{@code fip.Transitions} keeps the short asynchronous states clients wait on
 *       ({@code updating}, {@code detaching}).</li>
 *   <li>What goes wrong leaves as a {@code fault.ScalewayError}; {@code fault.ScalewayErrors} is the
 *       one place that maps core exceptions and framework errors to Scaleway's bodies, and
 *       {@code http.ScalewayResponses} renders framework errors on this facade's paths.</li>
 * </ol>
 */
package io.openipam.adapters.scaleway;
