package io.openipam.benchmark;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Measures next-free allocation through HTTP, the way a Melange client asks for it
 * ({@code POST /v0.1/ipam/tenants/{t}/ip_blocks/{id}/ip_addresses}), on the real server (Netty,
 * filters, authentication, JSON) started in this JVM on MariaDB/MySQL. Beside it, in the same run,
 * the ceiling through the same server: one request, one one-row INSERT + COMMIT.
 *
 * <p>Every address handed out is checked: none twice, and a full block answers 422.
 *
 * <p>Usage: {@code HttpAllocationBenchmark [jdbc:mysql://host:port/] [--quick] [--ops=N] [--fill=N]
 * [--small-pools=N] ...}; see benchmark/README.md.
 */
public final class HttpAllocationBenchmark {

  private static final int[] CLIENTS = {1, 8};
  /** phpIPAM on this machine kind and database: 103-123 next-free/s at 8 clients (issue 3's reference). */
  private static final double PHPIPAM_RATE = 110;
  private static final double PHPIPAM_SLOWDOWN = 4.5;
  /** A Melange block hands out its network address too, never the broadcast address. */
  private static final int SLASH24_ADDRESSES = 255;
  private static final String TENANT = "demo";
  private static final String TOKEN = "demo-token";
  private static final Pattern ADDRESS = Pattern.compile("\"address\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

  private final Settings settings;
  private final Report report;
  private final Runner runner;
  private final DataSource dataSource;
  private final URI server;
  /** One kept-alive connection per client thread number; the last one is the set-up's. */
  private final KeepAliveClient[] clients = new KeepAliveClient[9];
  private final Map<Integer, Result> ceilings = new HashMap<>();
  private int nextBlock;

  private HttpAllocationBenchmark(ApplicationContext context, URI server, Settings settings, PrintStream out) {
    this.settings = settings;
    this.report = new Report(out, ceilings::get);
    this.dataSource = BenchRun.dataSource(context);
    this.runner = new Runner(dataSource);
    this.server = server;
    for (int i = 0; i < clients.length; i++) {
      clients[i] = new KeepAliveClient(server);
    }
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("logback.configurationFile", "logback-benchmark.xml");
    Settings settings;
    try {
      settings = Settings.parse(withDefaults(args));
    } catch (IllegalArgumentException e) {
      System.err.println("http allocation benchmark: " + e.getMessage());
      System.err.println("usage: HttpAllocationBenchmark [jdbc:mysql://host:port/] [--quick] [--ops=N] "
          + "[--warmup=N] [--fill=N] [--small-pools=N] [--pool-size=N] [--lease-size=N] [--keep-schema]");
      System.exit(2);
      return;
    }
    PrintStream out = System.out;
    Map<String, Object> serverProperties = Map.of("micronaut.server.port", -1, "bench.ceiling-endpoint", "true");
    BenchRun.execute(settings, serverProperties, context -> {
      EmbeddedServer embedded = context.getBean(EmbeddedServer.class);
      embedded.start();
      try {
        HttpAllocationBenchmark benchmark = new HttpAllocationBenchmark(context, embedded.getURI(), settings, out);
        try {
          benchmark.runAll();
        } finally {
          benchmark.closeClients();
        }
      } finally {
        embedded.stop();
      }
    });
  }

  /** The sizes: 2,000 per phase, a /16 filled to 10,000; the caller's options come after and win. */
  private static String[] withDefaults(String[] args) {
    boolean quick = String.join(" ", args).contains("--quick");
    List<String> all = new ArrayList<>(quick
        ? List.of("--ops=400", "--warmup=100", "--fill=2000", "--timed=100", "--small-pools=2")
        : List.of("--ops=2000", "--warmup=200", "--fill=10000", "--timed=1000", "--small-pools=8"));
    all.addAll(List.of(args));
    return all.toArray(String[]::new);
  }

  private void runAll() throws Exception {
    printHeader();
    CeilingTable.create(dataSource);

    report.line("");
    report.line("-- 1. ceiling through HTTP: POST, one one-row INSERT + COMMIT, 201 --");
    runner.quietly("ceiling warm-up", 8, 10 * settings.warmupOps(), (client, seq) -> ceilingRequest(client));
    for (int clients : CLIENTS) {
      ceilings.put(clients, report.add(report.steady(() -> runner.measure("http ceiling: POST + INSERT", clients,
          settings.throughputOps(), (client, seq) -> ceilingRequest(client)))));
    }

    report.line("");
    report.line("-- 2. next-free allocation through POST .../ip_addresses on one /16 --");
    allocationWarmup();
    Block slash16 = newBlock(slash16Cidr());
    Map<Integer, Result> fresh = new HashMap<>();
    for (int clients : CLIENTS) {
      fresh.put(clients, report.add(runner.measure("alloc /16, fresh", clients, settings.throughputOps(),
          (client, seq) -> slash16.allocate(client))));
    }
    int filled = slash16.handedOut();
    int toFill = settings.fill() - filled;
    if (toFill > 0) {
      report.note(runner.quietly("fill the /16 to " + settings.fill(), 8, toFill, (client, seq) -> slash16.allocate(client)));
    }
    String afterLabel = "alloc /16, after " + slash16.handedOut();
    Map<Integer, Result> after = new HashMap<>();
    for (int clients : CLIENTS) {
      after.put(clients, report.add(runner.measure(afterLabel, clients, settings.throughputOps(),
          (client, seq) -> slash16.allocate(client))));
    }

    report.line("");
    report.line("-- 3. /24 blocks filled to exhaustion, 8 clients, one block after the other --");
    List<Result> smallParts = new ArrayList<>();
    List<Block> smallBlocks = new ArrayList<>();
    for (int i = 0; i < settings.smallPools(); i++) {
      Block block = newBlock(slash24Cidr());
      smallBlocks.add(block);
      // More calls than addresses: the calls after the last address must each answer 422.
      smallParts.add(runner.quietly("alloc /24 to exhaustion", 8, 264, (client, seq) -> block.allocate(client)));
    }
    report.add(Result.combined("alloc /24 to exhaustion", smallParts));

    report.printTables();
    printChecks(slash16, smallBlocks);
    printTargets(fresh, after);
  }

  // ---------------------------------------------------------------------------------------------

  private void printHeader() throws SQLException {
    String version;
    String flush;
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT VERSION(), @@innodb_flush_log_at_trx_commit")) {
      rs.next();
      version = rs.getString(1);
      flush = rs.getString(2);
    }
    report.line("OpenIPAM allocation benchmark through HTTP (Melange POST .../ip_addresses)");
    report.line("date            %s", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    report.line("JDK             %s %s", System.getProperty("java.vm.vendor"), Runtime.version());
    report.line("CPUs            %d (server, clients and database share them); load average at start %s",
        Runtime.getRuntime().availableProcessors(), BenchRun.loadAverage());
    report.line("database        %s, innodb_flush_log_at_trx_commit=%s", version, flush);
    report.line("jdbc            %s, Hikari pool %d", settings.printableUrl(), settings.connectionPoolSize());
    report.line("server          %s in this JVM; clients: HTTP/1.1 over one kept-alive socket per thread (KeepAliveClient)",
        server);
    String code = System.getenv("IPAM_BENCH_CODE_VERSION");
    if (code != null && !code.isBlank()) {
      report.line("code            %s", code);
    }
    report.line("sizes           %d allocations per phase, /16 filled to %d, %d /24 blocks", settings.throughputOps(),
        settings.fill(), settings.smallPools());
    report.line("caller          X-Auth-Token of tenant %s; private blocks owned by it; body {\"ip_address\": {}}",
        TENANT);
  }

  /** Rounds at 1 and 8 clients on a block of its own until a round costs the JIT little; at most 10. */
  private void allocationWarmup() throws Exception {
    Block block = newBlock(slash16Cidr());
    int round = 10 * settings.warmupOps();
    int done = 0;
    double jit = Double.NaN;
    for (int i = 0; i < 10; i++) {
      Cpu before = Cpu.read();
      long start = System.nanoTime();
      for (int clients : CLIENTS) {
        done += runner.quietly("JIT warm-up", clients, round / 2, (client, seq) -> block.allocate(client)).ops();
      }
      jit = Cpu.read().since(before).jitMillis();
      if (!(jit >= 0.02 * (System.nanoTime() - start) / 1e6)) {
        break;
      }
    }
    report.line("  JIT warm-up: %d allocations at 1 and 8 clients (not measured); the last %d cost %s ms of JIT",
        done, round, Report.fmt(jit, 0));
  }

  /** Every /24 handed out each of its addresses once, then answered nothing but 422. */
  private void printChecks(Block slash16, List<Block> smallBlocks) {
    report.line("");
    report.line("== CHECKS (every answer read back) ==");
    report.line("/16: %d addresses handed out, %d of them twice; answers other than 201: %s", slash16.handedOut(),
        slash16.duplicates(), slash16.refusals());
    boolean exhaustedCleanly = true;
    for (Block block : smallBlocks) {
      report.line("/24 %-18s %d addresses, %d twice; then %s", block.cidr, block.handedOut(), block.duplicates(),
          block.refusals());
      exhaustedCleanly &= block.handedOut() == SLASH24_ADDRESSES && block.duplicates() == 0
          && block.refusals().matches("\\[\\d+ x 422 .*IpBlock is full.*\\]");
    }
    report.line("verdict: %s", slash16.duplicates() == 0 && exhaustedCleanly
        ? "PASS (no address twice; each /24 gave its " + SLASH24_ADDRESSES + " addresses, then only 422 IpBlock is full)"
        : "FAIL");
  }

  private void printTargets(Map<Integer, Result> fresh, Map<Integer, Result> after) {
    Result fresh8 = fresh.get(8);
    report.atLeast("8 clients, fresh /16: 20x phpIPAM (" + (int) PHPIPAM_RATE + "/s)", fresh8.rate(),
        20 * PHPIPAM_RATE, "allocations/s", String.format(java.util.Locale.ROOT,
            "%.1fx phpIPAM; p99 %.1f ms (phpIPAM ~300 ms); %.2fx the HTTP ceiling at 8 clients",
            fresh8.rate() / PHPIPAM_RATE, fresh8.p99Millis(), fresh8.rate() / ceilings.get(8).rate()));
    for (int clients : CLIENTS) {
      Result before = fresh.get(clients);
      Result later = after.get(clients);
      report.atMost(clients + " client(s): slowdown after the fill (fresh rate / later rate)",
          before.rate() / later.rate(), 1.2, String.format(java.util.Locale.ROOT,
              "%.1f/s fresh, %.1f/s %s; p50 %.2f -> %.2f ms (phpIPAM slows x%.1f after 10,000 rows)",
              before.rate(), later.rate(), later.label().replace("alloc /16, ", ""), before.p50Millis(),
              later.p50Millis(), PHPIPAM_SLOWDOWN));
    }
    report.printTargets();
  }

  // ---------------------------------------------------------------------------------------------
  // requests

  private String slash16Cidr() {
    return "10." + (++nextBlock) + ".0.0/16";
  }

  private String slash24Cidr() {
    return "172.16." + (++nextBlock) + ".0/24";
  }

  private void ceilingRequest(int client) throws IOException {
    expect(201, clients[client].post("/bench/ceiling", "", TOKEN));
  }

  private Block newBlock(String cidr) throws IOException {
    String body = "{\"ip_block\": {\"type\": \"private\", \"cidr\": \"" + cidr + "\"}}";
    String created = expect(201, clients[clients.length - 1].post("/v0.1/ipam/tenants/" + TENANT + "/ip_blocks", body,
        TOKEN));
    return new Block(cidr, first(ID, created));
  }

  private void closeClients() throws IOException {
    for (KeepAliveClient client : clients) {
      client.close();
    }
  }

  private static String expect(int status, KeepAliveClient.Answer answer) {
    if (answer.status() != status) {
      throw new IllegalStateException(answer.status() + " " + answer.body());
    }
    return answer.body();
  }

  private static String first(Pattern pattern, String body) {
    Matcher matcher = pattern.matcher(body);
    if (!matcher.find()) {
      throw new IllegalStateException("no " + pattern + " in " + body);
    }
    return matcher.group(1);
  }

  /** A block and every address it handed out in this run, to prove none came twice. */
  private final class Block {

    private final String cidr;
    private final String path;
    private final Set<String> addresses = ConcurrentHashMap.newKeySet();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();

    Block(String cidr, String id) {
      this.cidr = cidr;
      this.path = "/v0.1/ipam/tenants/" + TENANT + "/ip_blocks/" + id + "/ip_addresses";
    }

    void allocate(int client) throws IOException {
      KeepAliveClient.Answer answer = clients[client].post(path, "{\"ip_address\": {}}", TOKEN);
      if (answer.status() != 201) {
        refusals.computeIfAbsent(answer.status() + " " + answer.body(), key -> new AtomicInteger()).incrementAndGet();
        throw new IllegalStateException(answer.status() + " " + answer.body());
      }
      if (!addresses.add(first(ADDRESS, answer.body()))) {
        duplicates.incrementAndGet();
      }
    }

    int handedOut() {
      return addresses.size();
    }

    int duplicates() {
      return duplicates.get();
    }

    String refusals() {
      return refusals.isEmpty() ? "none" : refusals.entrySet().stream()
          .map(entry -> entry.getValue().get() + " x " + entry.getKey()).sorted().toList().toString();
    }
  }
}
