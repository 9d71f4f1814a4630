package io.inversionpicks.common;

import io.inversionpicks.web.QueryParameterGuard;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A query parameter whose value can settle the answer by itself, so that nothing else in the request may hold it
 * back: a reported contraindication is answered with the advice to see a doctor, and a misspelt option next to it
 * must not turn that advice into a 400. {@link QueryParameterGuard} stands aside when {@link #when()} says the values
 * sent settle it; the service reading it then ignores mistakes in the other parameters. Otherwise (a precaution
 * alone, which still gets products) every parameter is checked as usual.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DecisiveParameter {

    /** Decides from the parameter's values, as sent, whether they settle the answer; needs a no-argument constructor. */
    Class<? extends Settles> when();

    interface Settles {
        boolean settles(List<String> values);
    }
}
