package io.openipam.adapters.scaleway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.openipam.adapters.scaleway.support.ContractTest;
import io.openipam.adapters.scaleway.support.Keys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scaleway's own JavaScript SDK ({@code @scaleway/sdk-flexibleip} 1.2.0 with
 * {@code @scaleway/sdk-client} 1.3.3, pinned in {@code src/test/sdk/package-lock.json}), unchanged,
 * through a whole lifecycle against this server: create v4 and v6, get, list by tag and by pages,
 * update, attach and wait, MAC generate and delete, detach and wait, delete, not found.
 *
 * <p>The test installs the SDK itself with {@code npm ci} into {@code target/scaleway-sdk} (never
 * into the source tree), once per lock file. Without {@code node} and {@code npm} on the PATH it is
 * skipped with the reason, or fails when {@code IPAM_TEST_REQUIRE_NODE=true} or
 * {@code IPAM_TEST_REQUIRE_DB=true} (the strict CI setting) is set.
 */
@MicronautTest
class RealSdkLifecycleTest extends ContractTest {

  private static final Path SOURCES = Path.of("src/test/sdk");
  private static final Path WORK = Path.of("target/scaleway-sdk");
  private static final List<String> FILES = List.of("package.json", "package-lock.json", "lifecycle.mjs");

  @Test
  void the_unchanged_javascript_sdk_runs_a_whole_lifecycle() throws Exception {
    Files.createDirectories(WORK);
    requireTool("node");
    requireTool("npm");
    install();

    Run run = run(List.of("node", "lifecycle.mjs"), Map.of(
        "SCW_API_URL", server.getURL().toString(),
        "SCW_SECRET_KEY", Keys.KEY_A,
        "SCW_DEFAULT_PROJECT_ID", Keys.A1,
        "SCW_SERVER_ID", "5e5e5e5e-0009-4000-8000-000000000009"), 180);

    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("ok 12 get after delete: ResourceNotFoundError"), run.output());
  }

  private record Run(int exitCode, String output) {}

  /** {@code npm ci} when the pinned lock file is not installed yet in {@link #WORK}. */
  private static void install() throws Exception {
    boolean installed = Files.exists(WORK.resolve("node_modules/@scaleway/sdk-flexibleip/package.json"))
        && Files.exists(WORK.resolve("package-lock.json"))
        && Files.mismatch(SOURCES.resolve("package-lock.json"), WORK.resolve("package-lock.json")) == -1;
    for (String file : FILES) {
      Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!installed) {
      Run npm = run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 300);
      assertEquals(0, npm.exitCode(), "npm ci failed:\n" + npm.output());
    }
  }

  private static void requireTool(String tool) {
    String reason;
    try {
      Run version = run(List.of(tool, "--version"), Map.of(), 60);
      if (version.exitCode() == 0) {
        return;
      }
      reason = tool + " --version failed: " + version.output();
    } catch (IOException | InterruptedException missing) {
      reason = tool + " is not on the PATH (" + missing.getMessage() + ")";
    }
    if (strict()) {
      fail(reason + "; the real Scaleway SDK test needs Node.js 20 and npm");
    }
    Assumptions.abort(reason + "; set IPAM_TEST_REQUIRE_NODE=true to make this a failure");
  }

  private static boolean strict() {
    return "true".equalsIgnoreCase(System.getenv("IPAM_TEST_REQUIRE_NODE"))
        || "true".equalsIgnoreCase(System.getenv("IPAM_TEST_REQUIRE_DB"));
  }

  private static Run run(List<String> command, Map<String, String> env, int timeoutSeconds)
      throws IOException, InterruptedException {
    // Output goes to a file, so a process that hangs cannot block the test past its timeout.
    Path log = WORK.resolve("run.log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s:\n" + Files.readString(log));
    }
    return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
