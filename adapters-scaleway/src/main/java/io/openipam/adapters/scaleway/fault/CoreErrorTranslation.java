package io.openipam.adapters.scaleway.fault;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.openipam.domain.error.IpamException;
import jakarta.inject.Singleton;

/** Turns the core's exceptions into Scaleway errors for the controllers marked {@link AnswersInScalewayShape}. */
@Singleton
@InterceptorBean(AnswersInScalewayShape.class)
class CoreErrorTranslation implements MethodInterceptor<Object, Object> {

  @Override
  public Object intercept(MethodInvocationContext<Object, Object> context) {
    try {
      return context.proceed();
    } catch (IpamException error) {
      throw ScalewayErrors.of(error);
    }
  }
}
