/**
 * The Exoscale API v2 Elastic IP facade (spec: {@code specs/exoscale-elastic-ip.md}), served at
 * {@code /v2}.
 *
 * <p>A request's way through:
 * <ol>
 *   <li>A controller ({@code eip}, {@code instance}, {@code operation}, {@code zone}) finds the zone from the host
 *       ({@code zone.Zones}) and authenticates the EXO2-HMAC-SHA256 signature over the raw
 *       request ({@code auth.Callers}); {@code GET /v2/zone} needs no signature.</li>
 *   <li>It reads the JSON body ({@code http.JsonBodies}, {@code http.Fields}), checks what the
 *       schema says, calls the core's use cases, and answers a mutation with an operation
 *       journaled in the core ({@code operation.Operations}).</li>
 *   <li>What goes wrong leaves as a {@code fault.ExoscaleError}; {@code fault.CoreErrors} is the
 *       one place that says which error answers which core exception or framework error.</li>
 *   <li>{@code http.ExoscaleResponses} writes every {@code /v2} answer as JSON, errors as
 *       {@code {"message": ...}}.</li>
 * </ol>
 */
package io.openipam.adapters.exoscale;
