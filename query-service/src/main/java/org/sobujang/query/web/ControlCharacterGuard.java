package org.sobujang.query.web;

import java.util.Collection;
import java.util.Map;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.springframework.stereotype.Component;

/**
 * No argument of any field may hold a control character (NUL, a line break, an escape ...): no id, name, code or
 * filter of this API contains one, and some cannot reach the read store at all (a NUL ends a BSON key or regular
 * expression). Refused as BAD_REQUEST before the field's resolver runs.
 */
@Component
class ControlCharacterGuard extends SimplePerformantInstrumentation {

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
                                                InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        Map<String, Object> arguments = parameters.getEnvironment().getArguments();
        if (arguments.isEmpty()) {
            return dataFetcher;
        }
        return environment -> {
            for (Map.Entry<String, Object> argument : arguments.entrySet()) {
                if (holdsControlCharacter(argument.getValue())) {
                    throw new ClientErrors.BadRequest("Argument '" + argument.getKey()
                                                      + "' contains a control character");
                }
            }
            return dataFetcher.get(environment);
        };
    }

    private static boolean holdsControlCharacter(Object value) {
        if (value instanceof CharSequence text) {
            return text.chars().anyMatch(Character::isISOControl);
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(ControlCharacterGuard::holdsControlCharacter);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().anyMatch(ControlCharacterGuard::holdsControlCharacter);
        }
        return false;
    }
}
