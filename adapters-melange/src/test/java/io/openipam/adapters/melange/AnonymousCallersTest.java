package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * {@code melange.anonymous-token}: for clients that send no token at all (Nova Essex), requests
 * without {@code X-Auth-Token} act with the configured credential, and only with its rights.
 */
@MicronautTest(transactional = false)
@Property(name = "melange.anonymous-token", value = "tenant:nova-project")
class AnonymousCallersTest extends ContractTest {

  @Test
  void a_request_without_a_token_acts_with_the_configured_credential() {
    assertEquals(201, melange.post(blocksOf("nova-project") + ".json")
        .json("{\"ip_block\": {\"type\": \"private\", \"cidr\": \"10.92.0.0/24\"}}").send().status());
    assertEquals(200, melange.get(blocksOf("nova-project") + ".json").send().status());
  }

  @Test
  void it_has_that_credential_s_rights_only() {
    assertEquals(403, melange.get(blocksOf("someone-else")).send().status());
  }

  @Test
  void a_token_that_is_sent_must_still_be_valid() {
    assertEquals(401, melange.get(blocksOf("nova-project")).token("not-a-token").send().status());
    assertEquals(200, melange.get(blocksOf("nova-project")).token(Tokens.OPERATOR).send().status());
  }
}
