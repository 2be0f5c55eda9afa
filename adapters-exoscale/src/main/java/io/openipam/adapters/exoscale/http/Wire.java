package io.openipam.adapters.exoscale.http;

import java.util.Map;

/**
 * A body in Exoscale's JSON: the fields as they go on the wire (hyphenated names, absent parts
 * left out, not null). {@link ExoscaleResponses} writes it.
 */
public interface Wire {

  Map<String, Object> json();
}
