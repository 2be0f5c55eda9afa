package io.openipam.adapters.melange.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Melange's validation detail is a Python dict repr; clients match on its messages. */
class InvalidValuesTest {

  @Test
  void the_detail_is_the_repr_of_a_dict_of_lists() {
    MelangeFault fault = new InvalidValues()
        .add("cidr", "cidr is invalid")
        .add("type", "type should be one among public, private")
        .add("cidr", "cidr should be within parent block's cidr")
        .fault();

    assertEquals(400, fault.status());
    assertEquals("The following values are invalid: {'cidr': ['cidr is invalid', \"cidr should be within parent"
        + " block's cidr\"], 'type': ['type should be one among public, private']}", fault.detail());
  }

  @Test
  void strings_are_quoted_as_python_quotes_them() {
    assertEquals("'plain'", InvalidValues.quote("plain"));
    assertEquals("\"it's\"", InvalidValues.quote("it's"));
    assertEquals("'both \\' and \"'", InvalidValues.quote("both ' and \""));
    assertEquals("'back\\\\slash'", InvalidValues.quote("back\\slash"));
  }
}
