package org.sobujang.query.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares which {@link QueryOperation} a resolver method serves. Before the method runs, {@link AccessPolicy} decides
 * from the caller and the arguments alone (nothing looked up yet): a refusal is FORBIDDEN; an ADMIN read of firm-level
 * data is audited with the arguments; for a rule that grants a scope, the method's {@link AccessPolicy.Scope}
 * parameter receives it. The method takes the {@link Caller}; its other parameters are its GraphQL arguments, by name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Authorized {

    QueryOperation value();
}
