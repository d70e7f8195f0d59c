package org.sobujang.query.security;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.stereotype.Component;

/**
 * Applies {@link Authorized}: an advisor around every method that carries it (Spring AOP, the way method security
 * works), so the decision is declared on the resolver and taken in {@link AccessPolicy}, never written in a resolver.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor authorizedAdvisor(ObjectProvider<AccessPolicy> policy) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(Authorized.class),
                new AuthorizedInterceptor(policy));
        advisor.setOrder(0);
        return advisor;
    }

    /** Decides before the resolver runs; hands a granted scope to its {@link AccessPolicy.Scope} parameter. */
    static final class AuthorizedInterceptor implements MethodInterceptor {

        private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

        private final ObjectProvider<AccessPolicy> policy;

        AuthorizedInterceptor(ObjectProvider<AccessPolicy> policy) {
            this.policy = policy;
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            Method method = invocation.getMethod();
            Authorized authorized = AnnotatedElementUtils.findMergedAnnotation(method, Authorized.class);
            if (authorized == null) {
                return invocation.proceed();
            }
            Object[] values = invocation.getArguments();
            Parameter[] parameters = method.getParameters();
            Caller caller = null;
            int scopeAt = -1;
            Map<String, Object> arguments = new LinkedHashMap<>();
            for (int i = 0; i < parameters.length; i++) {
                Class<?> type = parameters[i].getType();
                if (type == Caller.class) {
                    caller = (Caller) values[i];
                } else if (type == AccessPolicy.Scope.class) {
                    scopeAt = i;
                } else if (type != DataFetchingEnvironment.class) {
                    arguments.put(argumentName(method, i), values[i]);
                }
            }
            if (caller == null) {
                throw new IllegalStateException(method + " is @Authorized but takes no Caller");
            }
            AccessPolicy.Scope scope = policy.getObject().decide(authorized.value(), caller, arguments);
            if (scopeAt >= 0) {
                values[scopeAt] = scope;
            }
            return invocation.proceed();
        }

        /** The GraphQL argument a parameter binds: {@code @Argument}'s name, else the parameter's own. */
        private static String argumentName(Method method, int index) {
            MethodParameter parameter = new MethodParameter(method, index);
            Argument argument = parameter.getParameterAnnotation(Argument.class);
            if (argument != null && !argument.name().isEmpty()) {
                return argument.name();
            }
            parameter.initParameterNameDiscovery(NAMES);
            return parameter.getParameterName();
        }
    }

    /**
     * Resolves an {@link AccessPolicy.Scope} parameter to {@link AccessPolicy.Scope#NONE} (sees nothing) before the
     * advisor replaces it with the scope granted; a method that is not {@link Authorized} keeps seeing nothing.
     */
    @Component
    static final class ScopeArgumentResolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return AccessPolicy.Scope.class.equals(parameter.getParameterType());
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
            return AccessPolicy.Scope.NONE;
        }
    }
}
