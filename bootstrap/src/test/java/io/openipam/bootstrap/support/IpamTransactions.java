package io.openipam.bootstrap.support;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/** Lets a test call a store inside a transaction, as a use case would. */
@Singleton
public class IpamTransactions {

  @Transactional
  public void inTransaction(Runnable work) {
    work.run();
  }
}
