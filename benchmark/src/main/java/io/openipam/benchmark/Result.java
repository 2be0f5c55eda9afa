package io.openipam.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * One measured phase: how many operations succeeded, over how long, and their latencies.
 * {@code elapsedNanos} is wall time from the common start to the last thread's end; for a
 * phase stitched together from short single-threaded runs it is the sum of the op times.
 */
record Result(String label, int threads, int ops, int errors, long elapsedNanos, long[] sortedLatencies,
    DbCounters.Delta db, Cpu.Delta cpu, String firstError) {

  static Result of(String label, int threads, long[] latencies, int errors, long elapsedNanos, DbCounters.Delta db,
      Cpu.Delta cpu, String firstError) {
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    return new Result(label, threads, sorted.length, errors, elapsedNanos, sorted, db, cpu, firstError);
  }

  /** Phases run one after the other, as one: their latencies together over the sum of their wall times. */
  static Result combined(String label, List<Result> parts) {
    long[] latencies = parts.stream().flatMapToLong(part -> Arrays.stream(part.sortedLatencies())).toArray();
    int errors = parts.stream().mapToInt(Result::errors).sum();
    long elapsed = parts.stream().mapToLong(Result::elapsedNanos).sum();
    String firstError = parts.stream().map(Result::firstError).filter(java.util.Objects::nonNull).findFirst()
        .orElse(null);
    return of(label, parts.getFirst().threads(), latencies, errors, elapsed, null, null, firstError);
  }

  /** Operations per second. */
  double rate() {
    return elapsedNanos == 0 ? 0 : ops * 1e9 / elapsedNanos;
  }

  double p50Millis() {
    return percentileMillis(0.50);
  }

  double p99Millis() {
    return percentileMillis(0.99);
  }

  double maxMillis() {
    return sortedLatencies.length == 0 ? Double.NaN : sortedLatencies[sortedLatencies.length - 1] / 1e6;
  }

  double meanMillis() {
    return sortedLatencies.length == 0 ? Double.NaN : Arrays.stream(sortedLatencies).average().orElse(0) / 1e6;
  }

  /** Nearest rank. */
  double percentileMillis(double p) {
    if (sortedLatencies.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p * sortedLatencies.length);
    return sortedLatencies[Math.clamp(rank - 1, 0, sortedLatencies.length - 1)] / 1e6;
  }

  /** CPU of everything else on the machine over this process's and the database's own CPU; 0 when unknown. */
  double otherShare() {
    if (cpu == null || Double.isNaN(cpu.otherMillis()) || Double.isNaN(cpu.dbMillis())) {
      return 0;
    }
    return cpu.otherMillis() / Math.max(1e-9, cpu.appMillis() + cpu.dbMillis());
  }

  /** JIT compile time over the phase's wall time; 0 when unknown. */
  double jitShare() {
    if (cpu == null || Double.isNaN(cpu.jitMillis()) || elapsedNanos == 0) {
      return 0;
    }
    return cpu.jitMillis() / (elapsedNanos / 1e6);
  }

  /** Other load took more than a quarter of what the benchmark itself used, or the JIT compiled 10% of the time. */
  boolean disturbed() {
    return otherShare() > 0.25 || jitShare() > 0.10;
  }

  double disturbance() {
    return otherShare() + 5 * jitShare();
  }
}
