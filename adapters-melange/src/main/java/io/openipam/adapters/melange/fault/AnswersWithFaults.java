package io.openipam.adapters.melange.fault;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Melange controller: whatever the core throws from its routes leaves as a
 * {@link MelangeFault}. Translating at the controller (rather than with a global handler for the
 * core's exceptions) keeps the other facades free to answer the same exceptions their own way.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Around
public @interface AnswersWithFaults {}
