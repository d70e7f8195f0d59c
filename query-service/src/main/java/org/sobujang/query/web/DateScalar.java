package org.sobujang.query.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import org.sobujang.api.CalendarDates;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** {@code scalar Date}: an ISO-8601 local date such as {@code 2019-07-04}. */
@Configuration
public class DateScalar {

    /** Marks coercion failures so {@link InvalidDateInterceptor} can classify them as BAD_REQUEST. */
    static final String INVALID_DATE = "Invalid Date";

    public static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("A calendar date YYYY-MM-DD with a year from 0001 to 9999, e.g. 2019-07-04")
            .coercing(new Coercing<LocalDate, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof LocalDate date) {
                        return date.toString();
                    }
                    if (value instanceof String text) {
                        return parse(text, CoercingSerializeException::new).toString();
                    }
                    throw new CoercingSerializeException("Not a date: " + value);
                }

                @Override
                public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
                    if (input instanceof String text) {
                        return parse(text, CoercingParseValueException::new);
                    }
                    throw new CoercingParseValueException(INVALID_DATE + ": expected a yyyy-MM-dd string");
                }

                @Override
                public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                              Locale locale) {
                    if (input instanceof StringValue text) {
                        return parse(text.getValue(), CoercingParseLiteralException::new);
                    }
                    throw new CoercingParseLiteralException(INVALID_DATE + ": expected a yyyy-MM-dd string");
                }
            })
            .build();

    private static <E extends RuntimeException> LocalDate parse(String text,
                                                                 Function<String, E> error) {
        return CalendarDates.parse(text).orElseThrow(
                () -> error.apply(INVALID_DATE + ": '" + text + "' is not a date of the form " + CalendarDates.SHAPE));
    }

    /**
     * {@code scalar Date} as above; {@code scalar DateTime} is graphql-java-extended-scalars' RFC 3339 date-time
     * (answered in UTC with millisecond precision, e.g. {@code 2019-07-04T09:30:00.000Z}). The library's own Date is not
     * used: this one keeps the API's calendar range and its classified errors.
     */
    @Bean
    RuntimeWiringConfigurer dateScalarWiring() {
        return wiring -> wiring.scalar(DATE).scalar(ExtendedScalars.DateTime);
    }
}
