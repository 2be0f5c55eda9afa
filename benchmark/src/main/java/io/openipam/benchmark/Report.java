package io.openipam.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints phases as they finish, then the tables, ratios and targets at the end. */
final class Report {

  private static final String ROW = "%-44s %3s %6s %9s %8s %8s %9s%n";
  private static final String DB_ROW = "%-44s %3s %6s %6s %6s %6s %7s %5s %6s %7s %7s %7s %5s %6s %5s%n";

  private final PrintStream out;
  private final List<Result> table = new ArrayList<>();
  private final List<String> targets = new ArrayList<>();
  private final Ceiling ceiling;

  /** The one-row commit rate per thread count, which every other figure is compared with. */
  interface Ceiling {
    /** Null while the ceiling at that thread count is not measured yet. */
    Result at(int threads);
  }

  Report(PrintStream out, Ceiling ceiling) {
    this.out = out;
    this.ceiling = ceiling;
  }

  void line(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
    out.flush();
  }

  /** A measured phase: printed now and kept for the table. */
  Result add(Result result) {
    table.add(result);
    line("  done: %-44s %3d thr %6d ops %9.1f ops/s  p50 %7.2f ms  p99 %7.2f ms  %s%s", result.label(),
        result.threads(), result.ops(), result.rate(), result.p50Millis(), result.p99Millis(), versusCeiling(result),
        result.errors() == 0 ? "" : "  ERRORS " + result.errors() + " (first: " + result.firstError() + ")");
    return result;
  }

  /** One attempt at a phase that can be repeated from scratch. */
  @FunctionalInterface
  interface Attempt {
    Result run() throws Exception;
  }

  /**
   * Runs a repeatable phase; when other load on the machine or the JIT disturbed it, runs it
   * again, at most three times in all, and keeps the least disturbed attempt.
   */
  Result steady(Attempt attempt) throws Exception {
    Result best = null;
    for (int i = 1; i <= 3; i++) {
      Result result = attempt.run();
      if (best == null || result.disturbance() < best.disturbance()) {
        best = result;
      }
      if (!result.disturbed()) {
        break;
      }
      line("  disturbed: %-38s %3d thr %9.1f ops/s; other load %.0f%% of ours, JIT busy %.0f%% of the time%s",
          result.label(), result.threads(), result.rate(), 100 * result.otherShare(), 100 * result.jitShare(),
          i < 3 ? "; again" : "; keeping the least disturbed attempt");
    }
    return best;
  }

  /** A phase that only prepares the next (fill): one line, not in the table. */
  void note(Result result) {
    line("  %-50s %3d thr %6d ops %9.1f ops/s%s", result.label(), result.threads(), result.ops(), result.rate(),
        result.errors() == 0 ? "" : "  ERRORS " + result.errors() + " (first: " + result.firstError() + ")");
  }

  String versusCeiling(Result result) {
    Result base = ceiling.at(result.threads());
    if (base == null || base.rate() == 0) {
      return "   -";
    }
    return String.format(Locale.ROOT, "%.2fx", result.rate() / base.rate());
  }

  void printTables() {
    line("");
    line("== FIGURES (ops/s over the phase's wall time; latency per operation; 'x ceil' = ops/s divided by the");
    line("   ceiling's ops/s at the same thread count) ==");
    out.printf(Locale.ROOT, ROW, "phase", "thr", "ops", "ops/s", "p50 ms", "p99 ms", "x ceil");
    for (Result result : table) {
      out.printf(Locale.ROOT, ROW, result.label(), result.threads(), result.ops(), fmt(result.rate(), 1),
          fmt(result.p50Millis(), 2), fmt(result.p99Millis(), 2), versusCeiling(result));
    }
    line("");
    line("== COST PER OPERATION (database: SHOW GLOBAL STATUS deltas / ops. stmts = Questions; set = SET");
    line("   statements, i.e. autocommit toggles; fsyncs = Innodb_data_fsyncs; lockw/lockms = InnoDB row-lock");
    line("   waits and their ms, totals. CPU in ms per op: app = this JVM (JIT and GC included), db = the database");
    line("   process, other = everything else on the machine (other builds, tests: noise); busy = whole machine,");
    line("   %% of all cores; jit/gc = this JVM's compile and collection ms over the whole phase) ==");
    out.printf(Locale.ROOT, DB_ROW, "phase", "thr", "stmts", "select", "commit", "set", "fsyncs", "lockw", "lockms",
        "app cpu", "db cpu", "other", "busy", "jit ms", "gc ms");
    for (Result result : table) {
      if (result.db() == null) {
        continue;
      }
      DbCounters.Delta db = result.db();
      int ops = result.ops() + result.errors();
      Cpu.Delta cpu = result.cpu();
      out.printf(Locale.ROOT, DB_ROW, result.label(), result.threads(), fmt(db.perOp("Questions", ops), 2),
          fmt(db.perOp("Com_select", ops), 2), fmt(db.perOp("Com_commit", ops), 2),
          fmt(db.perOp("Com_set_option", ops), 2), fmt(db.perOp("Innodb_data_fsyncs", ops), 3),
          db.total("Innodb_row_lock_waits"), db.total("Innodb_row_lock_time"),
          cpu == null ? "-" : fmt(cpu.appMillis() / ops, 3), cpu == null ? "-" : fmt(cpu.dbMillis() / ops, 3),
          cpu == null ? "-" : fmt(cpu.otherMillis() / ops, 3),
          cpu == null || Double.isNaN(cpu.machineBusy()) ? "-" : fmt(100 * cpu.machineBusy(), 0) + "%",
          cpu == null ? "-" : fmt(cpu.jitMillis(), 0), cpu == null ? "-" : fmt(cpu.gcMillis(), 0));
    }
    out.flush();
  }

  /** A lower bound: {@code measured >= required}. */
  void atLeast(String target, double measured, double required, String unit, String detail) {
    boolean pass = measured >= required;
    String verdict = pass
        ? String.format(Locale.ROOT, "PASS (%.1f%% above)", 100 * (measured / required - 1))
        : String.format(Locale.ROOT, "MISS by %s %s (%.1f%% short)", fmtPlain(required - measured), unit,
            100 * (1 - measured / required));
    targets.add(String.format(Locale.ROOT, "%-52s %s %s  -> %s%n      %s", target, fmtPlain(measured), unit, verdict,
        detail));
  }

  /** An upper bound on a ratio: {@code measured <= limit}. */
  void atMost(String target, double measured, double limit, String detail) {
    boolean pass = measured <= limit;
    String verdict = pass
        ? "PASS"
        : String.format(Locale.ROOT, "MISS by %.2fx (%.1f%% over the %.2fx limit)", measured - limit,
            100 * (measured / limit - 1), limit);
    targets.add(String.format(Locale.ROOT, "%-52s %.2fx  -> %s%n      %s", target, measured, verdict, detail));
  }

  void printTargets() {
    line("");
    line("== TARGETS ==");
    targets.forEach(out::println);
    out.flush();
  }

  static String fmt(double value, int decimals) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  private static String fmtPlain(double value) {
    return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
