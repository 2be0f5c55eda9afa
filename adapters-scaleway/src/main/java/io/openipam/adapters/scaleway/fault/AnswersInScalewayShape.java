package io.openipam.adapters.scaleway.fault;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Scaleway controller: what the core throws from its routes leaves as a
 * {@link ScalewayError}. Translating here rather than with a global handler of the core's
 * exceptions leaves the other facades free to answer them their own way.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Around
public @interface AnswersInScalewayShape {}
