package io.openipam.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.openipam.application.fakes.InMemoryCredentials;
import io.openipam.domain.tenant.Credential;
import io.openipam.domain.tenant.Principal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticateCallerTest {

  private static final Credential DEMO = new Credential("demo-token", null, Principal.tenant("demo"));
  private static final Credential SIGNING = new Credential("AKIA1", "s3cret", Principal.operator("ops"));

  private final AuthenticateCallerService authenticate = new AuthenticateCallerService(
      new InMemoryCredentials().with(DEMO).with(SIGNING));

  @Test
  void a_known_token_stands_for_its_principal() {
    assertEquals(Optional.of(Principal.tenant("demo")), authenticate.byToken("demo-token"));
    assertEquals(Optional.of(Principal.operator("ops")), authenticate.byToken("AKIA1"));
  }

  @Test
  void a_blank_missing_or_unknown_token_stands_for_nobody() {
    assertEquals(Optional.empty(), authenticate.byToken(null));
    assertEquals(Optional.empty(), authenticate.byToken(""));
    assertEquals(Optional.empty(), authenticate.byToken("   "));
    assertEquals(Optional.empty(), authenticate.byToken("guess"));
    assertEquals(Optional.empty(), authenticate.byToken("DEMO-TOKEN"));
  }

  @Test
  void a_known_key_id_gives_the_credential_with_its_secret() {
    assertEquals(Optional.of(SIGNING), authenticate.byKey("AKIA1"));
    assertEquals("s3cret", authenticate.byKey("AKIA1").orElseThrow().secret());
  }

  @Test
  void a_blank_missing_or_unknown_key_id_gives_nothing() {
    assertEquals(Optional.empty(), authenticate.byKey(null));
    assertEquals(Optional.empty(), authenticate.byKey(" "));
    assertEquals(Optional.empty(), authenticate.byKey("AKIA2"));
  }
}
