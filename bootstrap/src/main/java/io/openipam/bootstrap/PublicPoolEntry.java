package io.openipam.bootstrap;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/** One entry of {@code ipam.public-pools}: a prefix of the operator's public space in a location. */
@EachProperty(value = "ipam.public-pools", list = true)
public class PublicPoolEntry {

  private String location;
  private String prefix;
  private Integer unitLength;

  public PublicPoolEntry(@Parameter Integer index) {
    // the position in the list is not needed
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getPrefix() {
    return prefix;
  }

  public void setPrefix(String prefix) {
    this.prefix = prefix;
  }

  public Integer getUnitLength() {
    return unitLength;
  }

  public void setUnitLength(Integer unitLength) {
    this.unitLength = unitLength;
  }
}
