package io.openipam.adapters.exoscale.fault;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an Exoscale controller: whatever the core throws from its routes leaves as an
 * {@link ExoscaleError}. Translating at the controller, not with a global handler of the core's
 * exceptions, leaves the other facades free to answer the same exceptions their own way.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Around
public @interface AnswersInExoscaleShape {}
