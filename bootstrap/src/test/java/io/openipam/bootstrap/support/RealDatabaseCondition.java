package io.openipam.bootstrap.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides before any application context starts, so a missing database shows up as a skipped
 * test with its reason (or a failure where one is required), never as a test that silently did not run.
 */
public final class RealDatabaseCondition implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (DatabaseServer.configuredUrl() != null) {
      return ConditionEvaluationResult.enabled("using IPAM_TEST_JDBC_URL");
    }
    if (DatabaseServer.dockerAvailable()) {
      return ConditionEvaluationResult.enabled("using a MariaDB container");
    }
    if (DatabaseServer.required()) {
      // Run it, so that it fails loudly when it asks for the database.
      return ConditionEvaluationResult.enabled("a real database is required; the test will fail without one");
    }
    return ConditionEvaluationResult.disabled(
        "no real database: set IPAM_TEST_JDBC_URL (e.g. jdbc:mysql://127.0.0.1:3306/test) or start a Docker engine");
  }
}
