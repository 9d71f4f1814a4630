package io.inversionpicks.common;

import io.inversionpicks.web.QueryParameterGuard;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query parameter whose value, once given, settles the answer by itself, so that nothing else in the request may
 * hold it back: a reported health condition is answered with the advice to see a doctor, and a misspelt option next
 * to it must not turn that advice into a 400. {@link QueryParameterGuard} stands aside when one has a value; the
 * service reading it ignores mistakes in the other parameters.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DecisiveParameter {
}
