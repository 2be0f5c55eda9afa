package io.openipam.bootstrap.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that needs a real MySQL-compatible server. The server named by
 * {@code IPAM_TEST_JDBC_URL} is used when set (CI sets it); else a Docker engine through
 * Testcontainers; else the test is skipped with the reason, or fails when
 * {@code IPAM_TEST_REQUIRE_DB=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RealDatabaseCondition.class)
public @interface RealDatabase {}
