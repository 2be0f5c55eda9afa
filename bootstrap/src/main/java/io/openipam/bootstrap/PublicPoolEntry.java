package io.openipam.bootstrap;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/** One entry of {@code ipam.public-pools}: a prefix of the operator's public space in a location. */
@EachProperty(value = "ipam.public-pools", list = true)
public class PublicPoolEntry {

  private String location;
  private String prefix;
  private Integer unitLength;

  private final int index;

  public PublicPoolEntry(@Parameter Integer index) {
    this.index = index;
  }

  /** The entry's position in the configured list: the injected beans do not come in that order. */
  public int getIndex() {
    return index;
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
