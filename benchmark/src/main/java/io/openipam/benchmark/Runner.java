package io.openipam.benchmark;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * Runs a fixed number of operations on a fixed number of platform threads that start together,
 * timing each operation. Every loop is bounded by the op count; a failed op is counted, not retried.
 */
final class Runner {

  /** One operation; {@code seq} counts the calling thread's own operations from 0. */
  @FunctionalInterface
  interface Op {
    void run(int thread, int seq) throws Exception;
  }

  private final DataSource dataSource;

  Runner(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs without reading the database's counters (warm-ups, fills). */
  Result quietly(String label, int threads, int ops, Op op) {
    return run(label, threads, ops, op, false);
  }

  Result measure(String label, int threads, int ops, Op op) {
    return run(label, threads, ops, op, true);
  }

  private Result run(String label, int threads, int ops, Op op, boolean withCounters) {
    long[][] latencies = new long[threads][];
    long[] ends = new long[threads];
    AtomicInteger errors = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int thread = t;
      int count = ops / threads + (t < ops % threads ? 1 : 0);
      latencies[t] = new long[count];
      workers[t] = Thread.ofPlatform().name("bench-" + label + "-" + t).unstarted(() -> {
        ready.countDown();
        try {
          go.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        long[] mine = latencies[thread];
        for (int i = 0; i < count; i++) {
          long start = System.nanoTime();
          try {
            op.run(thread, i);
            mine[i] = System.nanoTime() - start;
          } catch (Exception | AssertionError e) {
            mine[i] = -1;
            errors.incrementAndGet();
            firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
          }
        }
        ends[thread] = System.nanoTime();
      });
      workers[t].start();
    }
    DbCounters before = withCounters ? DbCounters.read(dataSource) : null;
    Cpu cpuBefore = withCounters ? Cpu.read() : null;
    try {
      ready.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    long start = System.nanoTime();
    go.countDown();
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    long end = start;
    for (long threadEnd : ends) {
      end = Math.max(end, threadEnd);
    }
    Cpu.Delta cpu = withCounters ? Cpu.read().since(cpuBefore) : null;
    DbCounters.Delta db = withCounters ? DbCounters.read(dataSource).since(before) : null;
    long[] successes = java.util.Arrays.stream(latencies).flatMapToLong(java.util.Arrays::stream)
        .filter(latency -> latency >= 0).toArray();
    return Result.of(label, threads, successes, errors.get(), end - start, db, cpu, firstError.get());
  }
}
