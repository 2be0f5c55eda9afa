package io.openipam.adapters.exoscale.zone;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/**
 * One entry of {@code exoscale.zones}: a zone name, the core location whose public pools back
 * its Elastic IPs, and optionally the endpoint {@code GET /v2/zone} advertises for it.
 */
@EachProperty(value = "exoscale.zones", list = true)
public class ZoneEntry {

  private final int index;
  private String name;
  private String location;
  private String apiEndpoint;

  public ZoneEntry(@Parameter Integer index) {
    this.index = index;
  }

  /** Its place in the configuration: {@code GET /v2/zone} lists zones in that order, whatever the beans' order. */
  public int getIndex() {
    return index;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getApiEndpoint() {
    return apiEndpoint;
  }

  public void setApiEndpoint(String apiEndpoint) {
    this.apiEndpoint = apiEndpoint;
  }
}
