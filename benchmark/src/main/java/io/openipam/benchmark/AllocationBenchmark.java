package io.openipam.benchmark;

import io.micronaut.context.ApplicationContext;
import io.openipam.application.port.in.AllocateFromPool;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.CreatePool;
import io.openipam.application.port.out.AllocationStore;
import io.openipam.application.port.out.IpamSettings;
import io.openipam.application.port.out.PoolStore;
import io.openipam.application.port.out.SlotLedger;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.allocation.Labels;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.SlotRules;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.io.PrintStream;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Measures next-free allocation at the application port ({@link AllocateFromPool#allocateNext}),
 * with no HTTP in between, against MariaDB/MySQL in a schema of its own that it drops at the end.
 * Every figure is set beside the ceiling: what the same server does for a one-row INSERT + COMMIT.
 *
 * <p>Usage: {@code AllocationBenchmark [jdbc:mysql://host:port/] [--quick] [--ops=N] [--fill=N] ...};
 * see benchmark/README.md.
 */
public final class AllocationBenchmark {

  private static final int[] THREADS = {1, 8, 32};
  private static final int SPREAD_POOLS = 16;
  /** A /24 has 254 usable addresses (network and last reserved); 243 of 256 is 95%. */
  private static final int SMALL_FILLED = 243;
  private static final int SMALL_USABLE = 254;

  private final Settings settings;
  private final PrintStream out;
  private final Report report;
  private final Runner runner;
  private final DataSource dataSource;
  private final CreatePool createPool;
  private final AllocateFromPool allocate;
  private final PoolStore poolStore;
  private final AllocationStore allocationStore;
  private final SlotLedger ledger;
  private final Clock clock;
  private final int leaseSize;
  private final Principal caller = Principal.tenant("bench");
  private final TenantId tenant = new TenantId("bench");
  private final Map<Integer, Result> ceilings = new HashMap<>();
  private int nextPrefix;

  private AllocationBenchmark(ApplicationContext context, Settings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
    this.report = new Report(out, ceilings::get);
    this.dataSource = BenchRun.dataSource(context);
    this.runner = new Runner(dataSource);
    this.createPool = context.getBean(CreatePool.class);
    this.allocate = context.getBean(AllocateFromPool.class);
    this.poolStore = context.getBean(PoolStore.class);
    this.allocationStore = context.getBean(AllocationStore.class);
    this.ledger = context.getBean(SlotLedger.class);
    this.clock = context.getBean(Clock.class);
    this.leaseSize = context.getBean(IpamSettings.class).leaseSize();
  }

  public static void main(String[] args) throws Exception {
    // Before anything logs: warnings only, so the report stays readable.
    System.setProperty("logback.configurationFile", "logback-benchmark.xml");
    Settings settings;
    try {
      settings = Settings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("allocation benchmark: " + e.getMessage());
      System.err.println("usage: AllocationBenchmark [jdbc:mysql://host:port/] [--quick] [--ops=N] [--warmup=N] "
          + "[--fill=N] [--timed=N] [--small-pools=N] [--pool-size=N] [--lease-size=N] [--keep-schema]");
      System.exit(2);
      return;
    }
    PrintStream out = System.out;
    BenchRun.execute(settings, Map.of(), context -> new AllocationBenchmark(context, settings, out).runAll());
  }

  private void runAll() throws Exception {
    printHeader();
    CeilingTable.create(dataSource);

    report.line("");
    report.line("-- 1. ceiling: one-row INSERT + COMMIT (autocommit), one connection per thread --");
    ceilingWarmup();
    for (int threads : THREADS) {
      ceilings.put(threads, report.add(report.steady(() -> ceiling("ceiling: INSERT+COMMIT", threads,
          settings.throughputOps()))));
    }
    allocationWarmup();

    report.line("");
    report.line("-- 2. next-free allocation, one hot /16 and 16 pools round robin --");
    Map<Integer, Result> hot = new HashMap<>();
    Map<Integer, Result> spread = new HashMap<>();
    for (int threads : THREADS) {
      hot.put(threads, report.add(report.steady(() -> {
        warmup(threads);
        PoolId pool = newPool(v4Slash16(), null);
        return runner.measure("alloc: 1 hot /16", threads, settings.throughputOps(),
            (thread, seq) -> allocateOne(pool));
      })));
    }
    for (int threads : THREADS) {
      spread.put(threads, report.add(report.steady(() -> {
        warmup(threads);
        List<PoolId> pools = new ArrayList<>();
        for (int i = 0; i < SPREAD_POOLS; i++) {
          pools.add(newPool(v4Slash16(), null));
        }
        AtomicInteger turn = new AtomicInteger();
        return runner.measure("alloc: 16 pools round robin", threads, settings.throughputOps(),
            (thread, seq) -> allocateOne(pools.get(turn.getAndIncrement() % SPREAD_POOLS)));
      })));
    }

    report.line("");
    report.line("-- 3. cost against fill --");
    FillResult v4 = fillPhase("/16", this::v4Slash16, null);
    SmallPoolResult small = smallPools();
    FillResult v6 = fillPhase("v6 /64 u128", this::v6Slash64, 128);

    report.line("");
    report.line("-- 4. where an allocation's time goes (single thread, the pieces allocateNext is made of) --");
    Breakdown breakdown = breakdown();

    report.line("");
    report.line("-- 5. ceiling again, to see whether the server drifted during the run --");
    Result ceilingAfter1 = report.add(report.steady(() -> ceiling("ceiling again (drift check)", 1,
        settings.throughputOps() / 2)));
    Result ceilingAfter8 = report.add(report.steady(() -> ceiling("ceiling again (drift check)", 8,
        settings.throughputOps() / 2)));

    report.printTables();
    printRatios(hot, spread, v4, small, v6, breakdown, ceilingAfter1, ceilingAfter8);
    printTargets(hot, spread, v4, small, v6);
  }

  // ---------------------------------------------------------------------------------------------
  // header and ceiling

  private void printHeader() throws SQLException {
    String version;
    String flush;
    String bufferPool;
    String isolation;
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      try (ResultSet rs = statement.executeQuery("SELECT VERSION(), @@innodb_flush_log_at_trx_commit, "
          + "@@innodb_buffer_pool_size")) {
        rs.next();
        version = rs.getString(1);
        flush = rs.getString(2);
        bufferPool = rs.getString(3);
      }
      isolation = switch (connection.getTransactionIsolation()) {
        case Connection.TRANSACTION_READ_COMMITTED -> "READ-COMMITTED";
        case Connection.TRANSACTION_REPEATABLE_READ -> "REPEATABLE-READ";
        case Connection.TRANSACTION_SERIALIZABLE -> "SERIALIZABLE";
        case Connection.TRANSACTION_READ_UNCOMMITTED -> "READ-UNCOMMITTED";
        default -> "unknown";
      };
    }
    report.line("OpenIPAM allocation benchmark (application port, no HTTP)");
    report.line("date            %s", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    report.line("JDK             %s %s (%s)", System.getProperty("java.vm.vendor"), Runtime.version(),
        System.getProperty("java.vm.name"));
    report.line("max heap        %d MiB", Runtime.getRuntime().maxMemory() >> 20);
    report.line("CPUs            %d (app and database share them); load average at start %s",
        Runtime.getRuntime().availableProcessors(), BenchRun.loadAverage());
    report.line("database        %s, innodb_flush_log_at_trx_commit=%s, buffer pool %d MiB, pool isolation %s",
        version, flush, Long.parseLong(bufferPool) >> 20, isolation);
    report.line("jdbc            %s (user %s), Hikari pool %d", settings.printableUrl(), settings.user(),
        settings.connectionPoolSize());
    report.line("ipam.lease-size %d", leaseSize);
    String code = System.getenv("IPAM_BENCH_CODE_VERSION");
    if (code != null && !code.isBlank()) {
      report.line("code            %s", code);
    }
    report.line("sizes           %d ops per throughput phase, %d warm-up ops, fill %d, timed %d, %d /24 pools",
        settings.throughputOps(), settings.warmupOps(), settings.fill(), settings.timedOps(), settings.smallPools());
    if (!settings.contextOverrides().isEmpty()) {
      report.line("overrides       %s", settings.contextOverrides());
    }
    report.line("cpu accounting  %s", Cpu.databaseFound() ? "this JVM and the local database process (/proc)"
        : "this JVM only (no local mariadbd/mysqld process found)");
    report.line("caller          %s; pools are PRIVATE, owned by %s, no policy, network and last address reserved",
        caller, tenant.value());
  }

  /** Rounds of ceiling inserts at 1, 8 and 32 threads until a round costs the JIT little; at most 20. */
  private void ceilingWarmup() throws SQLException {
    int round = 10 * settings.warmupOps();
    int done = 0;
    double jit = Double.NaN;
    for (int i = 0; i < 20; i++) {
      jit = 0;
      double wall = 0;
      for (int threads : THREADS) {
        Result result = ceiling("JIT warm-up", threads, round / THREADS.length);
        done += result.ops();
        jit += result.cpu().jitMillis();
        wall += result.elapsedNanos() / 1e6;
      }
      if (!(jit >= 0.02 * wall)) {
        break;
      }
    }
    report.line("  JIT warm-up: %d ceiling inserts at 1, 8 and 32 threads (not measured); "
        + "the last %d cost %s ms of JIT", done, round, Report.fmt(jit, 0));
  }

  /** One-row INSERT with autocommit on a connection each thread keeps for the whole phase. */
  private Result ceiling(String label, int threads, int ops) throws SQLException {
    List<Connection> connections = new ArrayList<>();
    List<PreparedStatement> statements = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        Connection connection = dataSource.getConnection();
        connections.add(connection);
        connection.setAutoCommit(true);
        statements.add(connection.prepareStatement(CeilingTable.INSERT));
      }
      Runner.Op insert = (thread, seq) -> {
        PreparedStatement statement = statements.get(thread);
        statement.setInt(1, thread);
        statement.setString(2, UUID.randomUUID().toString());
        statement.executeUpdate();
      };
      runner.quietly("ceiling warm-up", threads, settings.warmupOps(), insert);
      return runner.measure(label, threads, ops, insert);
    } finally {
      for (PreparedStatement statement : statements) {
        statement.close();
      }
      for (Connection connection : connections) {
        connection.close();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // allocation

  /**
   * Lets the JIT compile the allocation path before it is measured: rounds of allocations at 1, 8
   * and 32 threads (each thread count takes branches the others never do, and a branch the JIT
   * has not seen costs a recompile) until a round costs the JIT little; at most 20 rounds. After
   * the ceiling, because the ceiling's different use of the driver also makes the JIT recompile.
   */
  private void allocationWarmup() {
    PoolId pool = newPool(v4Slash16(), null);
    int round = 10 * settings.warmupOps();
    int done = 0;
    double jit = Double.NaN;
    for (int i = 0; i < 20; i++) {
      Cpu before = Cpu.read();
      long start = System.nanoTime();
      int ops = 0;
      for (int threads : THREADS) {
        ops += runner.quietly("JIT warm-up", threads, round / THREADS.length, (thread, seq) -> allocateOne(pool))
            .ops();
      }
      jit = Cpu.read().since(before).jitMillis();
      done += ops;
      if (ops == 0 || jit < 0.02 * (System.nanoTime() - start) / 1e6) {
        break;
      }
    }
    report.line("  JIT warm-up: %d allocations at 1, 8 and 32 threads (not measured); "
        + "the last %d cost %s ms of JIT", done, round, Report.fmt(jit, 0));
  }

  /** A few allocations on a pool of their own, at the thread count about to be measured. */
  private void warmup(int threads) {
    warmup(threads, this::v4Slash16, null);
  }

  /** The same on a pool like the one about to be measured (an IPv6 pool runs code an IPv4 one does not). */
  private void warmup(int threads, java.util.function.Supplier<String> prefixes, Integer unitLength) {
    PoolId pool = newPool(prefixes.get(), unitLength);
    runner.quietly("warm-up", threads, settings.warmupOps(), (thread, seq) -> allocateOne(pool));
  }

  private Allocation allocateOne(PoolId pool) {
    return allocate.allocateNext(caller, pool, AllocationDetails.NONE);
  }

  private PoolId newPool(String prefix, Integer unitLength) {
    return createPool.create(caller, CreatePool.NewPool.builder(tenant, IpPrefix.parse(prefix), Visibility.PRIVATE)
        .unitLength(unitLength)
        .description("benchmark")
        .build()).id();
  }

  /** Private pools of one tenant may overlap; distinct prefixes only make the rows easier to tell apart. */
  private String v4Slash16() {
    int n = nextPrefix++;
    return "10." + (n % 256) + ".0.0/16";
  }

  private String v6Slash64() {
    int n = nextPrefix++;
    return "fd00:0:0:" + Integer.toHexString(n % 65536) + "::/64";
  }

  private String v4Slash24() {
    int n = nextPrefix++;
    return "172.16." + (n % 256) + ".0/24";
  }

  record FillResult(Result first1, Result first8, Result after1, Result after8, Result interleavedFilled,
      Result interleavedFresh) {}

  /**
   * One fresh pool: its first allocations single-threaded, the next at 8 threads, then filled to
   * {@code fill} at 8 threads, then timed again single-threaded and at 8 threads. Last, a control
   * that does not depend on the moment: the filled pool and a fresh one, op by op in turn.
   */
  private FillResult fillPhase(String name, java.util.function.Supplier<String> prefixes, Integer unitLength) {
    int timed = settings.timedOps();
    // A longer warm-up first: this kind of pool may run code (IPv6 addresses) nothing has run yet.
    PoolId warm = newPool(prefixes.get(), unitLength);
    runner.quietly("warm-up", 8, 10 * settings.warmupOps(), (thread, seq) -> allocateOne(warm));
    warmup(1, prefixes, unitLength);
    PoolId pool = newPool(prefixes.get(), unitLength);
    Result first1 = report.add(runner.measure("fill " + name + ": first " + timed, 1, timed,
        (thread, seq) -> allocateOne(pool)));
    warmup(8, prefixes, unitLength);
    Result first8 = report.add(runner.measure("fill " + name + ": next " + timed, 8, timed,
        (thread, seq) -> allocateOne(pool)));
    int allocated = first1.ops() + first8.ops();
    int chunk = Math.max(1000, settings.fill() / 6);
    while (allocated < settings.fill()) {
      int count = Math.min(chunk, settings.fill() - allocated);
      Result part = runner.quietly("fill " + name + " " + allocated + ".." + (allocated + count) + " (8 threads)",
          8, count, (thread, seq) -> allocateOne(pool));
      report.note(part);
      allocated += part.ops();
      if (part.ops() == 0) {
        throw new IllegalStateException("the fill makes no progress: " + part.firstError());
      }
    }
    warmup(1, prefixes, unitLength);
    Result after1 = report.add(runner.measure("fill " + name + ": " + timed + " after " + allocated, 1, timed,
        (thread, seq) -> allocateOne(pool)));
    warmup(8, prefixes, unitLength);
    Result after8 = report.add(runner.measure("fill " + name + ": " + timed + " after " + (allocated + timed), 8,
        timed, (thread, seq) -> allocateOne(pool)));
    // The control: the filled pool and a fresh one taking turns, op by op, so disk and server
    // hiccups land on both alike and the ratio is the fill's own cost.
    PoolId fresh = newPool(prefixes.get(), unitLength);
    List<Long> filledTimes = new ArrayList<>();
    List<Long> freshTimes = new ArrayList<>();
    for (int i = 0; i < 2 * timed; i++) {
      boolean filledTurn = i % 2 == 0;
      long start = System.nanoTime();
      allocateOne(filledTurn ? pool : fresh);
      (filledTurn ? filledTimes : freshTimes).add(System.nanoTime() - start);
    }
    Result interleavedFilled = report.add(stitched("fill " + name + ": interleaved, filled pool", filledTimes, 0,
        null, null));
    Result interleavedFresh = report.add(stitched("fill " + name + ": interleaved, fresh pool", freshTimes, 0,
        null, null));
    return new FillResult(first1, first8, after1, after8, interleavedFilled, interleavedFresh);
  }

  record SmallPoolResult(Result first, Result last, Result exhausted, int lastPerPool) {}

  /**
   * Several fresh /24s, one at a time, single-threaded: the first allocations of each are timed,
   * it is filled to 243 of 256 untimed, then the allocations up to exhaustion are timed, then the
   * call that finds it exhausted.
   */
  private SmallPoolResult smallPools() {
    warmup(1);
    int firstCount = SMALL_USABLE - SMALL_FILLED;
    List<Long> first = new ArrayList<>();
    List<Long> last = new ArrayList<>();
    List<Long> exhausted = new ArrayList<>();
    int errors = 0;
    String firstError = null;
    DbCounters before = DbCounters.read(dataSource);
    for (int p = 0; p < settings.smallPools(); p++) {
      PoolId pool = newPool(v4Slash24(), null);
      int allocated = 0;
      for (int i = 0; i < firstCount; i++) {
        long start = System.nanoTime();
        allocateOne(pool);
        first.add(System.nanoTime() - start);
        allocated++;
      }
      while (allocated < SMALL_FILLED) {
        allocateOne(pool);
        allocated++;
      }
      // Bounded: a /24 cannot hand out more than 254; anything beyond is an error.
      for (int i = 0; i <= SMALL_USABLE; i++) {
        long start = System.nanoTime();
        try {
          allocateOne(pool);
          last.add(System.nanoTime() - start);
          allocated++;
        } catch (Exhausted e) {
          exhausted.add(System.nanoTime() - start);
          break;
        } catch (RuntimeException e) {
          errors++;
          firstError = firstError == null ? e.toString() : firstError;
        }
      }
      if (allocated != SMALL_USABLE) {
        errors++;
        firstError = firstError == null ? "a /24 handed out " + allocated + " addresses, not " + SMALL_USABLE
            : firstError;
      }
    }
    DbCounters.Delta db = DbCounters.read(dataSource).since(before);
    Result firstResult = report.add(stitched("/24: first " + firstCount + " (empty pool)", first, 0, null, null));
    Result lastResult = report.add(stitched("/24: " + SMALL_FILLED + " -> exhausted (95% full)", last, errors,
        firstError, null));
    Result exhaustedResult = report.add(stitched("/24: the call that finds it exhausted", exhausted, 0, null, null));
    report.line("  (%d /24 pools; %s statements per /24 pool over its whole life, %d allocations each)",
        settings.smallPools(), Report.fmt(db.perOp("Questions", settings.smallPools()), 0), SMALL_USABLE);
    return new SmallPoolResult(firstResult, lastResult, exhaustedResult,
        last.size() / Math.max(1, settings.smallPools()));
  }

  /** Single-threaded ops timed one by one across several pools: the rate is ops over the time spent in them. */
  private static Result stitched(String label, List<Long> latencies, int errors, String firstError,
      DbCounters.Delta db) {
    long[] values = latencies.stream().mapToLong(Long::longValue).toArray();
    long sum = latencies.stream().mapToLong(Long::longValue).sum();
    return Result.of(label, 1, values, errors, sum, db, null, firstError);
  }

  record Breakdown(Result find, Result insert, Result lease, Result allocation) {}

  /**
   * The three transactions allocateNext is made of, each alone: reading the pool
   * (VisibleResources), leasing slots (every lease-size allocations), inserting the row.
   */
  private Breakdown breakdown() throws Exception {
    int ops = settings.timedOps();
    warmup(1);
    Result find = report.add(report.steady(() -> {
      PoolId pool = newPool(v4Slash16(), null);
      return runner.measure("piece: read the pool (PoolStore.find)", 1, ops,
          (thread, seq) -> poolStore.find(pool).orElseThrow());
    }));

    Result insert = report.add(report.steady(() -> {
      PoolId poolId = newPool(v4Slash16(), null);
      SlotRules rules = new SlotRules(poolStore.find(poolId).orElseThrow(), null);
      return runner.measure("piece: insert the row (insertIfFree)", 1, ops, (thread, seq) -> {
        Instant now = clock.instant();
        Allocation allocation = new Allocation(new AllocationId(UUID.randomUUID().toString()), poolId,
            rules.prefixAt(BigInteger.valueOf(seq + 1L)), tenant, tenant, null, null, null, Labels.NONE, null,
            null, AllocationState.ALLOCATED, null, now, now, 0);
        if (!allocationStore.insertIfFree(allocation)) {
          throw new IllegalStateException("slot " + (seq + 1) + " was taken");
        }
      });
    }));

    int leases = Math.min(ops, 65_534 / leaseSize);
    Result lease = report.add(report.steady(() -> {
      PoolId poolId = newPool(v4Slash16(), null);
      SlotRules rules = new SlotRules(poolStore.find(poolId).orElseThrow(), null);
      return runner.measure("piece: lease " + leaseSize + " slots (SlotLedger)", 1, leases, (thread, seq) -> {
        if (ledger.lease(poolId, leaseSize, rules).isEmpty()) {
          throw new IllegalStateException("lease came back empty");
        }
      });
    }));

    Result allocation = report.add(report.steady(() -> {
      PoolId pool = newPool(v4Slash16(), null);
      return runner.measure("piece: whole allocateNext, same moment", 1, ops, (thread, seq) -> allocateOne(pool));
    }));
    return new Breakdown(find, insert, lease, allocation);
  }

  // ---------------------------------------------------------------------------------------------
  // ratios and targets

  private void printRatios(Map<Integer, Result> hot, Map<Integer, Result> spread, FillResult v4,
      SmallPoolResult small, FillResult v6, Breakdown breakdown, Result ceilingAfter1, Result ceilingAfter8) {
    report.line("");
    report.line("== RATIOS (slowdown = rate before / rate after; > 1 means slower after) ==");
    slowdown("fill slowdown /16, 1 thread: first vs after fill", v4.first1(), v4.after1());
    slowdown("fill slowdown /16, 8 threads: first vs after fill", v4.first8(), v4.after8());
    slowdown("  interleaved op by op: fresh vs filled /16 (1 thr)", v4.interleavedFresh(), v4.interleavedFilled());
    slowdown("/24 slowdown: first 11 vs 243 -> exhausted", small.first(), small.last());
    slowdown("fill slowdown v6 /64, 1 thread", v6.first1(), v6.after1());
    slowdown("fill slowdown v6 /64, 8 threads", v6.first8(), v6.after8());
    slowdown("  interleaved op by op: fresh vs filled v6 (1 thr)", v6.interleavedFresh(), v6.interleavedFilled());
    report.line("%-52s %s per /24 (expected %d)", "allocations from 95% to exhausted", small.lastPerPool(),
        SMALL_USABLE - SMALL_FILLED);
    for (int threads : THREADS) {
      report.line("%-52s %.2fx", "16 pools vs 1 hot pool, " + threads + " thr (rate ratio)",
          spread.get(threads).rate() / hot.get(threads).rate());
    }
    for (int threads : THREADS) {
      report.line("%-52s %s hot, %s 16 pools", "x ceiling at " + threads + " thr",
          report.versusCeiling(hot.get(threads)), report.versusCeiling(spread.get(threads)));
    }
    double pieces = breakdown.find().meanMillis() + breakdown.insert().meanMillis()
        + breakdown.lease().meanMillis() / leaseSize;
    report.line("%-52s %.3f ms = read %.3f + insert %.3f + lease %.3f/%d; whole call measured %.3f ms",
        "mean single-thread allocation, sum of pieces", pieces, breakdown.find().meanMillis(),
        breakdown.insert().meanMillis(), breakdown.lease().meanMillis(), leaseSize,
        breakdown.allocation().meanMillis());
    report.line("%-52s %.3f ms (ceiling: one-row commit, 1 thr)", "  for comparison",
        ceilings.get(1).meanMillis());
    report.line("%-52s 1 thr %.2fx, 8 thr %.2fx (end of run / start of run)", "ceiling drift",
        ceilingAfter1.rate() / ceilings.get(1).rate(), ceilingAfter8.rate() / ceilings.get(8).rate());
  }

  private void slowdown(String label, Result before, Result after) {
    report.line("%-52s %.2fx  (%.1f -> %.1f ops/s; p50 %.2f -> %.2f ms; p99 %.2f -> %.2f ms)", label,
        before.rate() / after.rate(), before.rate(), after.rate(), before.p50Millis(), after.p50Millis(),
        before.p99Millis(), after.p99Millis());
  }

  private void printTargets(Map<Integer, Result> hot, Map<Integer, Result> spread, FillResult v4,
      SmallPoolResult small, FillResult v6) {
    for (int threads : new int[] {8, 32}) {
      Result result = hot.get(threads);
      report.atLeast("one hot pool >= 1000 alloc/s (" + threads + " threads)", result.rate(), 1000, "alloc/s",
          String.format(java.util.Locale.ROOT, "p50 %.2f ms, p99 %.2f ms; 1 thread: %.1f alloc/s",
              result.p50Millis(), result.p99Millis(), hot.get(1).rate()));
    }
    Result ceiling8 = ceilings.get(8);
    Result spread8 = spread.get(8);
    report.atLeast("16 pools >= 50% of ceiling (8 threads)", 100 * spread8.rate() / ceiling8.rate(), 50,
        "% of ceiling", String.format(java.util.Locale.ROOT, "%.1f alloc/s vs ceiling %.1f commits/s; 50%% is %.1f/s",
            spread8.rate(), ceiling8.rate(), ceiling8.rate() / 2));
    fillTarget("fill slowdown <= 1.2x (/16, 1 thread)", v4.first1(), v4.after1(), interleaved(v4));
    fillTarget("fill slowdown <= 1.2x (/16, 8 threads)", v4.first8(), v4.after8(), "");
    fillTarget("fill slowdown <= 1.2x (/24 at 95%, 1 thread)", small.first(), small.last(), "");
    fillTarget("fill slowdown <= 1.2x (v6 /64, 1 thread)", v6.first1(), v6.after1(), interleaved(v6));
    fillTarget("fill slowdown <= 1.2x (v6 /64, 8 threads)", v6.first8(), v6.after8(), "");
    report.printTargets();
  }

  private void fillTarget(String target, Result before, Result after, String more) {
    report.atMost(target, before.rate() / after.rate(), 1.2, String.format(java.util.Locale.ROOT,
        "%s: %.1f alloc/s (p99 %.2f ms); %s: %.1f alloc/s (p99 %.2f ms)%s", before.label(), before.rate(),
        before.p99Millis(), after.label(), after.rate(), after.p99Millis(), more));
  }

  private static String interleaved(FillResult fill) {
    return String.format(java.util.Locale.ROOT, "%n      control, fresh and filled pool op by op in turn: %.2fx",
        fill.interleavedFresh().rate() / fill.interleavedFilled().rate());
  }
}
