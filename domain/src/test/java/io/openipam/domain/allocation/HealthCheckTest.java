package io.openipam.domain.allocation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.domain.allocation.HealthCheck.Mode;
import io.openipam.domain.error.Invalid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Exoscale elastic-ip-healthcheck (§2.3): ranges and defaults. */
class HealthCheckTest {

  private static HealthCheck tcp(int port, int interval, int timeout, int strikesOk, int strikesFail) {
    return new HealthCheck(Mode.TCP, port, interval, timeout, strikesOk, strikesFail, null, null, false);
  }

  @Test
  void takes_exoscales_defaults_for_tunables_left_unset() {
    HealthCheck check = HealthCheck.of(Mode.TCP, 80, null, null, null, null, null, null, null);

    assertEquals(10, check.intervalSeconds());
    assertEquals(2, check.timeoutSeconds());
    assertEquals(2, check.strikesOk());
    assertEquals(3, check.strikesFail());
    assertFalse(check.tlsSkipVerify());
    assertNull(check.uri());
  }

  @Test
  void keeps_the_tunables_a_client_sent() {
    HealthCheck check = HealthCheck.of(Mode.HTTPS, 443, 30, 3, 3, 2, "/status", "example.org", true);

    assertEquals(Mode.HTTPS, check.mode());
    assertEquals(443, check.port());
    assertEquals(30, check.intervalSeconds());
    assertEquals(3, check.timeoutSeconds());
    assertEquals(3, check.strikesOk());
    assertEquals(2, check.strikesFail());
    assertEquals("/status", check.uri());
    assertEquals("example.org", check.tlsServerName());
    assertTrue(check.tlsSkipVerify());
  }

  @Test
  void needs_a_port() {
    Invalid invalid = assertThrows(Invalid.class,
        () -> HealthCheck.of(Mode.TCP, null, null, null, null, null, null, null, null));

    assertEquals("healthcheck.port", invalid.field());
  }

  @Test
  void needs_a_mode() {
    Invalid invalid = assertThrows(Invalid.class, () -> new HealthCheck(null, 80, 10, 2, 2, 3, null, null, false));

    assertEquals("healthcheck.mode", invalid.field());
  }

  @ParameterizedTest(name = "{0} = {1} is accepted")
  @CsvSource({
      "port, 1", "port, 65535",
      "interval, 5", "interval, 300",
      "timeout, 2", "timeout, 60",
      "strikes-ok, 1", "strikes-ok, 20",
      "strikes-fail, 1", "strikes-fail, 20",
  })
  void accepts_each_tunable_at_its_bounds(String field, int value) {
    assertDoesNotThrow(() -> withOne(field, value));
  }

  @ParameterizedTest(name = "{0} = {1} is refused")
  @CsvSource({
      "port, 0", "port, 65536",
      "interval, 4", "interval, 301",
      "timeout, 1", "timeout, 61",
      "strikes-ok, 0", "strikes-ok, 21",
      "strikes-fail, 0", "strikes-fail, 21",
  })
  void refuses_each_tunable_just_outside_its_bounds(String field, int value) {
    Invalid invalid = assertThrows(Invalid.class, () -> withOne(field, value));

    assertEquals(Invalid.Reason.MALFORMED, invalid.reason());
    assertEquals("healthcheck." + field, invalid.field());
  }

  private static HealthCheck withOne(String field, int value) {
    return switch (field) {
      case "port" -> tcp(value, 10, 2, 2, 3);
      case "interval" -> tcp(80, value, 2, 2, 3);
      case "timeout" -> tcp(80, 10, value, 2, 3);
      case "strikes-ok" -> tcp(80, 10, 2, value, 3);
      case "strikes-fail" -> tcp(80, 10, 2, 2, value);
      default -> throw new IllegalArgumentException(field);
    };
  }

  @Test
  void does_not_require_the_timeout_to_stay_below_the_interval() {
    assertDoesNotThrow(() -> tcp(80, 5, 60, 2, 3));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"HTTP", "HTTPS"})
  void refuses_an_http_check_without_a_uri(Mode mode) {
    Invalid invalid = assertThrows(Invalid.class,
        () -> HealthCheck.of(mode, 80, null, null, null, null, null, null, null));

    assertEquals("healthcheck.uri", invalid.field());
  }

  @Test
  void accepts_an_http_check_with_a_uri() {
    assertEquals("/status", HealthCheck.of(Mode.HTTP, 80, null, null, null, null, "/status", null, null).uri());
  }

  @Test
  void accepts_a_uri_and_tls_settings_on_a_tcp_check_too() {
    HealthCheck check = HealthCheck.of(Mode.TCP, 80, null, null, null, null, "/status", "example.org", true);

    assertEquals("example.org", check.tlsServerName());
  }

  @Test
  void refuses_an_empty_or_overlong_uri_or_server_name() {
    assertThrows(Invalid.class, () -> HealthCheck.of(Mode.HTTP, 80, null, null, null, null, "", null, null));
    assertThrows(Invalid.class,
        () -> HealthCheck.of(Mode.HTTP, 80, null, null, null, null, "/" + "a".repeat(255), null, null));
    assertDoesNotThrow(() -> HealthCheck.of(Mode.HTTP, 80, null, null, null, null, "/" + "a".repeat(254), null, null));
    Invalid sni = assertThrows(Invalid.class,
        () -> HealthCheck.of(Mode.HTTPS, 443, null, null, null, null, "/", "", null));
    assertEquals("healthcheck.tls-sni", sni.field());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"tcp, TCP", "http, HTTP", "HTTPS, HTTPS", "Http, HTTP"})
  void reads_the_mode_in_any_case(String text, Mode mode) {
    assertEquals(mode, Mode.parse(text));
  }

  @ParameterizedTest(name = "''{0}''")
  @NullAndEmptySource
  @ValueSource(strings = {"udp", "icmp", "tcp "})
  void refuses_an_unknown_mode_with_invalid(String text) {
    Invalid invalid = assertThrows(Invalid.class, () -> Mode.parse(text));

    assertEquals("healthcheck.mode", invalid.field());
  }
}
