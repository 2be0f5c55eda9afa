/**
 * The OpenStack Melange facade (spec: {@code specs/melange.md}), served at {@code /v0.1} and
 * {@code /v1.0}, with the versions document at {@code /}.
 *
 * <p>A request's way through:
 * <ol>
 *   <li>{@code http.MelangeRequests} (before routing) picks JSON or XML, strips a {@code .json}/
 *       {@code .xml} suffix, routes an unversioned path by its vendor Accept version, and refuses
 *       what Melange had no route for (a trailing slash).</li>
 *   <li>A controller ({@code block}, {@code versions}) authenticates the caller
 *       ({@code auth.Callers}), reads the body ({@code http.RequestBodies}), checks what Melange
 *       checked before its store, and calls the core's use cases. It answers a
 *       {@code wire.Document}: a wire record under one root key.</li>
 *   <li>What goes wrong leaves as a {@code fault.MelangeFault}; {@code fault.Faults} is the one
 *       place that says which fault answers which core exception or framework error.</li>
 *   <li>{@code http.MelangeResponses} (after everything) writes documents and faults in the
 *       chosen format ({@code wire.JsonText}, {@code wire.XmlText}).</li>
 * </ol>
 */
package io.openipam.adapters.melange;
