package org.sobujang.query.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import org.springframework.stereotype.Component;

/**
 * Every {@code Float} in an answer is rounded half up to {@value #DECIMALS} decimal places, in one place for every
 * field: the model computes in doubles, whose sums print as {@code 0.9199999999999999}. Scores and match scores are
 * already rounded to one decimal by the model (risk-model.md); nothing is computed from the rounded figures.
 */
@Component
class FloatPrecision extends SimplePerformantInstrumentation {

    static final int DECIMALS = 6;

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        if (!isFloat(parameters.getExecutionStepInfo().getType())) {
            return fetcher;
        }
        return environment -> round(fetcher.get(environment));
    }

    private static boolean isFloat(GraphQLOutputType type) {
        GraphQLType t = type;
        while (t instanceof GraphQLNonNull || t instanceof GraphQLList) {
            t = t instanceof GraphQLNonNull n ? n.getWrappedType() : ((GraphQLList) t).getWrappedType();
        }
        return t instanceof GraphQLScalarType scalar && scalar.getName().equals("Float");
    }

    static Object round(Object value) {
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? d : BigDecimal.valueOf(d).setScale(DECIMALS, RoundingMode.HALF_UP)
                                                                   .doubleValue();
        }
        if (value instanceof Float f) {
            return round(f.doubleValue());
        }
        if (value instanceof BigDecimal b) {
            return b.setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(FloatPrecision::round).toList();
        }
        if (value instanceof CompletionStage<?> stage) {
            return stage.thenApply(FloatPrecision::round);
        }
        if (value instanceof DataFetcherResult<?> result) {
            return DataFetcherResult.newResult().data(round(result.getData())).errors(result.getErrors())
                                    .localContext(result.getLocalContext()).extensions(result.getExtensions())
                                    .build();
        }
        return value;
    }
}
