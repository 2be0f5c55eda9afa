package io.openipam.adapters.melange.http;

import io.openipam.adapters.melange.wire.Document;
import io.openipam.adapters.melange.wire.JsonText;
import io.openipam.adapters.melange.wire.XmlText;

/** The two formats Melange speaks. Success bodies carry no charset; faults do (spec §2.1). */
public enum Format {
  JSON("application/json"),
  XML("application/xml");

  private final String mediaType;

  Format(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  public String faultMediaType() {
    return mediaType + "; charset=UTF-8";
  }

  public String render(Document document) {
    return this == JSON ? JsonText.write(document) : XmlText.write(document);
  }
}
