package io.openipam.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU spent by this JVM, by the local database server process (found by name in /proc), and by
 * the whole machine, read before and after a phase. On a machine where the application and the
 * database share a couple of cores, this says which side an operation's time is burnt on. Linux
 * only; without /proc the database and machine figures are simply missing.
 */
record Cpu(long appNanos, long dbTicks, long machineBusyTicks, long machineTotalTicks, long jitMillis,
    long gcMillis) {

  /** USER_HZ: what /proc counts in; 100 on every mainstream Linux. */
  private static final double TICK_NANOS = 1e9 / 100;
  private static final long DB_PID = findDatabasePid();

  static Cpu read() {
    long app = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
    long db = -1;
    if (DB_PID > 0) {
      try {
        String stat = Files.readString(Path.of("/proc", Long.toString(DB_PID), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        db = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      } catch (IOException | RuntimeException e) {
        db = -1;
      }
    }
    long busy = -1;
    long total = -1;
    try {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
      total = 0;
      long idle = 0;
      for (int i = 1; i < fields.length && i <= 8; i++) {
        long value = Long.parseLong(fields[i]);
        total += value;
        if (i == 4 || i == 5) {
          idle += value;
        }
      }
      busy = total - idle;
    } catch (IOException | RuntimeException e) {
      total = -1;
    }
    long jit = ManagementFactory.getCompilationMXBean() != null
        && ManagementFactory.getCompilationMXBean().isCompilationTimeMonitoringSupported()
        ? ManagementFactory.getCompilationMXBean().getTotalCompilationTime() : -1;
    long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(bean -> Math.max(0, bean.getCollectionTime())).sum();
    return new Cpu(app, db, busy, total, jit, gc);
  }

  Delta since(Cpu before) {
    double app = appNanos < 0 ? Double.NaN : (appNanos - before.appNanos) / 1e6;
    double db = dbTicks < 0 || before.dbTicks < 0 ? Double.NaN : (dbTicks - before.dbTicks) * TICK_NANOS / 1e6;
    boolean machine = machineTotalTicks > before.machineTotalTicks && before.machineTotalTicks >= 0;
    double busyMillis = machine ? (machineBusyTicks - before.machineBusyTicks) * TICK_NANOS / 1e6 : Double.NaN;
    return new Delta(app, db,
        machine ? (machineBusyTicks - before.machineBusyTicks) / (double) (machineTotalTicks - before.machineTotalTicks)
            : Double.NaN,
        Math.max(0, busyMillis - app - (Double.isNaN(db) ? 0 : db)),
        jitMillis < 0 ? Double.NaN : jitMillis - before.jitMillis,
        gcMillis - before.gcMillis);
  }

  /**
   * CPU milliseconds of the app and the database over a phase, the machine's busy fraction (0..1),
   * CPU milliseconds of everything else on the machine, and this JVM's JIT compile and GC milliseconds.
   */
  record Delta(double appMillis, double dbMillis, double machineBusy, double otherMillis, double jitMillis,
      double gcMillis) {}

  private static long findDatabasePid() {
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      return processes
          .filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
          .filter(path -> {
            try {
              String name = Files.readString(path.resolve("comm")).trim();
              return name.equals("mariadbd") || name.equals("mysqld");
            } catch (IOException | RuntimeException e) {
              return false;
            }
          })
          .mapToLong(path -> Long.parseLong(path.getFileName().toString()))
          .findFirst().orElse(-1);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  static boolean databaseFound() {
    return DB_PID > 0;
  }
}
