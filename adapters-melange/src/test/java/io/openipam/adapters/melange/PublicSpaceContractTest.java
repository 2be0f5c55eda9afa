package io.openipam.adapters.melange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.melange.support.ContractTest;
import io.openipam.adapters.melange.support.MelangeClient.Reply;
import io.openipam.adapters.melange.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Spec §15 case 18, alone in its store: top-level public blocks of every tenant share one
 * address space, and the case claims all of {@code 10.0.0.0/8}.
 */
@MicronautTest(transactional = false)
class PublicSpaceContractTest extends ContractTest {

  @Test
  void case_18_public_blocks_of_any_tenants_must_not_overlap_private_ones_may() {
    createBlock(fresh("owner"), "\"type\": \"public\", \"cidr\": \"10.0.0.0/8\"");
    String tenant = fresh("tenant");

    Reply overlapping = melange.post(blocksOf(tenant)).token(Tokens.of(tenant))
        .json("{\"ip_block\": {\"type\": \"public\", \"cidr\": \"10.0.0.0/30\"}}").send();
    Reply asPrivate = melange.post(blocksOf(tenant)).token(Tokens.of(tenant))
        .json("{\"ip_block\": {\"type\": \"private\", \"cidr\": \"10.0.0.0/30\"}}").send();

    assertEquals(400, overlapping.status());
    assertEquals("The following values are invalid: {'cidr': ['cidr overlaps with public block 10.0.0.0/8']}",
        overlapping.faultDetail());
    assertEquals(201, asPrivate.status());
  }
}
