package io.openipam.application.port.out;

/** New identities for pools, policies and allocations. */
public interface IdSource {

  /** A new random UUID in canonical lowercase form. */
  String newId();
}
