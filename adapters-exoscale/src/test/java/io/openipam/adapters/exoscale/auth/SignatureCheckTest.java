package io.openipam.adapters.exoscale.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.adapters.exoscale.ExoscaleSettings;
import io.openipam.application.port.in.AuthenticateCaller;
import io.openipam.domain.tenant.Credential;
import io.openipam.domain.tenant.Principal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of spec §5.4 (vectors 1–3 are egoscale's and requests-exoscale-auth's
 * published ones), verified with a clock just before their {@code expires} (2077-01-01), and
 * each rejected once a single part is changed.
 */
class SignatureCheckTest {

  static final String KEY = "EXOxxxxxxxxxxxxxxxxxxxxxxxx";
  static final String SECRET = "X".repeat(43);
  static final long EXPIRES = 3376684800L;
  static final Principal VECTORS = Principal.tenant("vectors");

  static final String EIP = "7d2e1b1c-3f5a-4c6e-9d8b-1a2b3c4d5e6f";
  static final String ATTACH_GO = "{\"instance\":{\"id\":\"5a8c6d0e-1b2f-4c3d-8e9f-0a1b2c3d4e5f\"}}";
  static final String ATTACH_PY = "{\"instance\": {\"id\": \"5a8c6d0e-1b2f-4c3d-8e9f-0a1b2c3d4e5f\"}}";
  static final String CREATE_GO = "{\"description\":\"web\",\"healthcheck\":{\"mode\":\"tcp\",\"port\":80}}";
  static final String CREATE_PY = "{\"description\": \"web\", \"healthcheck\": {\"mode\": \"tcp\", \"port\": 80}}";

  static AuthenticateCaller directory() {
    return new AuthenticateCaller() {
      @Override
      public Optional<Principal> byToken(String token) {
        return Optional.empty();
      }

      @Override
      public Optional<Credential> byKey(String keyId) {
        return KEY.equals(keyId) ? Optional.of(new Credential(KEY, SECRET, VECTORS)) : Optional.empty();
      }
    };
  }

  static SignatureCheck at(long epochSecond) {
    return new SignatureCheck(directory(), Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC),
        new ExoscaleSettings(null, null, null, null));
  }

  static String header(String signedQueryArgs, String expires, String signature) {
    return "EXO2-HMAC-SHA256 credential=" + KEY + (signedQueryArgs == null ? "" : ",signed-query-args=" + signedQueryArgs)
        + ",expires=" + expires + ",signature=" + signature;
  }

  private static SignatureCheck.SignedRequest request(String authorization, String method, String target, String body) {
    int query = target.indexOf('?');
    return new SignatureCheck.SignedRequest(authorization, method, query < 0 ? target : target.substring(0, query),
        query < 0 ? null : target.substring(query + 1), body.getBytes(StandardCharsets.UTF_8));
  }

  private static final SignatureCheck JUST_BEFORE = at(EXPIRES - 600);

  @ParameterizedTest(name = "vector {0}: {2} {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
      1  |          | GET    | /v2/zone                             |            | Ntbq/p0HVmA3Zg1HHY+Lq1vjFGi7HeMrrgXDS5jRNlY=
      2  | k1;k2    | GET    | /v2/zone?k1=v1&k2=v2                 |            | iqOBz13+44L5j0uJclE8hmUhQQcvtCSoPEOXYK6liqY=
      3  |          | POST   | /v2/load-balancer                    | '{"name": "foo"}' | duldkM0+pgWRtUznj0rMrZauzsYOtSVLn1LCGcs7CcE=
      8  | ip-address | GET  | /v2/instance?ip-address=194.182.160.10 |          | Eftw67mvFxrt9a5r1onWGPDhAfBDPRiZurpSCDVl794=
      9  |          | DELETE | /v2/elastic-ip/7d2e1b1c-3f5a-4c6e-9d8b-1a2b3c4d5e6f/description | | chBV7AJpBUQ48+H6AbbPmHgDfM9l3QEKCZ0mE29MgtE=
      10 |          | GET    | /v2/elastic-ip                       |            | eBbHIXdkUhZORh++kqisEj0cof/dYqS813jTgK56W7s=
      11 |          | GET    | /v2/operation/0b6a9d1e-3c2f-4a5b-8c7d-6e5f4a3b2c1d | | ilI6qLneOyRbXHCuW2NU95klp3s3C6fGXc0iTprAxCo=
      """)
  void accepts_the_worked_example(int vector, String signedArgs, String method, String target, String body,
      String signature) {
    String authorization = header(signedArgs, Long.toString(EXPIRES), signature);

    assertEquals(Optional.of(VECTORS), JUST_BEFORE.verify(request(authorization, method, target, body == null ? "" : body)),
        "vector " + vector);
  }

  @Test
  void accepts_the_same_request_signed_over_go_and_python_bodies() {
    assertAccepted("j4k1gEjPcYrDEWGrf3kYov+cCrM3GkXlD1poXEBKmEs=", "POST", "/v2/elastic-ip", CREATE_GO);
    assertAccepted("RXrL/8iwl2oGtEmddv1EtKGz7+6Wwt55RSyfjoQBnBI=", "POST", "/v2/elastic-ip", CREATE_PY);
    assertAccepted("GAEyxpeWTjrnobZ5Dtfq4m5qcchpDrTZt4skXPCYySQ=", "PUT", "/v2/elastic-ip/" + EIP + ":attach", ATTACH_GO);
    assertAccepted("V+a6vlFP8Y2PgvKJ5Zvl1d5yZoYmekTEQl/9FSEg0DA=", "PUT", "/v2/elastic-ip/" + EIP + ":attach", ATTACH_PY);
  }

  private static void assertAccepted(String signature, String method, String path, String body) {
    assertTrue(JUST_BEFORE.verify(request(header(null, Long.toString(EXPIRES), signature), method, path, body)).isPresent(),
        method + " " + path + " " + body);
  }

  private static void assertRejected(String authorization, String method, String target, String body) {
    assertEquals(Optional.empty(), JUST_BEFORE.verify(request(authorization, method, target, body)),
        method + " " + target + " " + body);
  }

  @Test
  void rejects_vector_6_with_one_byte_changed_in_method_path_or_body() {
    String signed = header(null, Long.toString(EXPIRES), "GAEyxpeWTjrnobZ5Dtfq4m5qcchpDrTZt4skXPCYySQ=");
    String path = "/v2/elastic-ip/" + EIP + ":attach";

    assertRejected(signed, "POST", path, ATTACH_GO);
    assertRejected(signed, "PUT", path.replace(":attach", ":detach"), ATTACH_GO);
    assertRejected(signed, "PUT", path.replace(":", "%3A"), ATTACH_GO);
    assertRejected(signed, "PUT", path.substring(3), ATTACH_GO);
    assertRejected(signed, "PUT", path, ATTACH_GO.replace("5a8c", "5a8d"));
    assertRejected(signed, "PUT", path, ATTACH_PY);
  }

  @Test
  void rejects_vector_2_with_a_changed_query_value_and_vector_1_with_a_changed_expires_or_signature() {
    String vector2 = header("k1;k2", Long.toString(EXPIRES), "iqOBz13+44L5j0uJclE8hmUhQQcvtCSoPEOXYK6liqY=");
    assertRejected(vector2, "GET", "/v2/zone?k1=v1&k2=v3", "");
    assertRejected(vector2, "GET", "/v2/zone?k1=v1", "");
    assertRejected(header("k2;k1", Long.toString(EXPIRES), "iqOBz13+44L5j0uJclE8hmUhQQcvtCSoPEOXYK6liqY="),
        "GET", "/v2/zone?k1=v1&k2=v2", "");

    assertRejected(header(null, Long.toString(EXPIRES - 1), "Ntbq/p0HVmA3Zg1HHY+Lq1vjFGi7HeMrrgXDS5jRNlY="),
        "GET", "/v2/zone", "");
    assertRejected(header(null, Long.toString(EXPIRES), "Ntbq/p0HVmA3Zg1HHY+Lq1vjFGi7HeMrrgXDS5jRNlX="),
        "GET", "/v2/zone", "");
    assertRejected(header(null, Long.toString(EXPIRES), "not base64!"), "GET", "/v2/zone", "");
  }

  @Test
  void unsigned_query_arguments_are_accepted_and_ignored_as_the_java_sdk_sends_them() {
    String vector10 = header(null, Long.toString(EXPIRES), "eBbHIXdkUhZORh++kqisEj0cof/dYqS813jTgK56W7s=");

    assertEquals(Optional.of(VECTORS), JUST_BEFORE.verify(request(vector10, "GET", "/v2/elastic-ip?foo=bar", "")));
  }

  @Test
  void expires_is_accepted_from_the_leeway_in_the_past_to_the_maximum_in_the_future() {
    String vector1 = header(null, Long.toString(EXPIRES), "Ntbq/p0HVmA3Zg1HHY+Lq1vjFGi7HeMrrgXDS5jRNlY=");
    SignatureCheck.SignedRequest zone = request(vector1, "GET", "/v2/zone", "");

    assertTrue(at(EXPIRES).verify(zone).isPresent(), "expires = now, as the Java SDK signs");
    assertTrue(at(EXPIRES + 300).verify(zone).isPresent(), "5 minutes of leeway");
    assertTrue(at(EXPIRES - 3600).verify(zone).isPresent(), "an hour ahead");
    assertEquals(Optional.empty(), at(EXPIRES + 301).verify(zone), "expired");
    assertEquals(Optional.empty(), at(EXPIRES + 3600).verify(zone), "expired an hour ago");
    assertEquals(Optional.empty(), at(EXPIRES - 3601).verify(zone), "too far in the future");
  }

  @Test
  void a_missing_or_foreign_header_an_unknown_key_or_a_missing_pragma_is_rejected() {
    String signature = "Ntbq/p0HVmA3Zg1HHY+Lq1vjFGi7HeMrrgXDS5jRNlY=";
    assertRejected(null, "GET", "/v2/zone", "");
    assertRejected("Exoscale-HMAC-SHA256 " + KEY + ":" + signature, "GET", "/v2/zone", "");
    assertRejected(header(null, Long.toString(EXPIRES), signature).replace(KEY, "EXOunknown"), "GET", "/v2/zone", "");
    assertRejected("EXO2-HMAC-SHA256 credential=" + KEY + ",signature=" + signature, "GET", "/v2/zone", "");
    assertRejected(header(null, "soon", signature), "GET", "/v2/zone", "");
  }

  @Test
  void pragmas_are_read_in_any_order() {
    String reordered = "EXO2-HMAC-SHA256 signature=iqOBz13+44L5j0uJclE8hmUhQQcvtCSoPEOXYK6liqY=,expires=" + EXPIRES
        + ",signed-query-args=k1;k2,credential=" + KEY;

    assertEquals(Optional.of(VECTORS), JUST_BEFORE.verify(request(reordered, "GET", "/v2/zone?k2=v2&k1=v1", "")));
  }

  @Test
  void a_name_given_several_values_is_signed_without_its_values_as_python_lists_it() {
    // requests-exoscale-auth: parse_qs keeps "b" in the name list but skips its two values
    byte[] message = ("GET /v2/zone\n\n1\n\n" + EXPIRES).getBytes(StandardCharsets.UTF_8);
    String signature = java.util.Base64.getEncoder()
        .encodeToString(SignatureCheck.hmac(SECRET.getBytes(StandardCharsets.UTF_8), message));

    assertEquals(Optional.of(VECTORS), JUST_BEFORE.verify(
        request(header("a;b", Long.toString(EXPIRES), signature), "GET", "/v2/zone?a=1&b=2&b=3", "")));
    assertEquals(Optional.empty(), JUST_BEFORE.verify(
        request(header("a;b", Long.toString(EXPIRES), signature), "GET", "/v2/zone?a=1&b=2", "")));
  }
}
