package io.openipam.bootstrap;

import io.micronaut.runtime.Micronaut;

/** Starts the server: the core, its store, and every facade on the classpath. */
public final class IpamServer {

  private IpamServer() {}

  public static void main(String[] args) {
    Micronaut.run(IpamServer.class, args);
  }
}
