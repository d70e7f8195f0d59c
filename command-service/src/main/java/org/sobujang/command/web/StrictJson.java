package org.sobujang.command.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.sobujang.api.CalendarDates;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies are read as strict JSON: a key given twice, a value of another JSON type than the field's (a number
 * as a string, a string or a boolean as a number, a number as an enum's position, an array for a date), trailing
 * content, and a date in any shape but {@link CalendarDates}' are refused with 400 instead of being guessed at.
 * Only the HTTP message converters read this way: the application's shared ObjectMapper (which Axon's serializer also
 * uses for stored events) is copied, not changed.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson implements WebMvcConfigurer {

    /** Dates in paths and query parameters follow the same rule as in bodies. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, text -> CalendarDates.parse(text).orElseThrow(
                () -> new IllegalArgumentException("'" + text + "' is not a date of the form " + CalendarDates.SHAPE)));
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter json) {
                json.setObjectMapper(strict(json.getObjectMapper()));
            }
        }
    }

    static ObjectMapper strict(ObjectMapper shared) {
        ObjectMapper mapper = shared.copy();
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                      DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                      DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                       DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
                       DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType type : LogicalType.values()) {
            for (CoercionInputShape shape : List.of(CoercionInputShape.String, CoercionInputShape.Integer,
                                                    CoercionInputShape.Float, CoercionInputShape.Boolean,
                                                    CoercionInputShape.EmptyString, CoercionInputShape.EmptyArray,
                                                    CoercionInputShape.EmptyObject, CoercionInputShape.Array)) {
                if (!nativeShape(type, shape)) {
                    mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        mapper.registerModule(new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new DateOnly()));
        return mapper;
    }

    /** The JSON shapes a type is read from without coercion. */
    private static boolean nativeShape(LogicalType type, CoercionInputShape shape) {
        return switch (type) {
            case Textual -> shape == CoercionInputShape.String || shape == CoercionInputShape.EmptyString;
            case Enum, DateTime, Binary, OtherScalar -> shape == CoercionInputShape.String;
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.Integer || shape == CoercionInputShape.Float;
            case Boolean -> shape == CoercionInputShape.Boolean;
            case Array, Collection -> shape == CoercionInputShape.Array || shape == CoercionInputShape.EmptyArray;
            case Map, POJO, Untyped -> shape == CoercionInputShape.EmptyObject;
        };
    }

    /** A date as {@link CalendarDates} defines it, as a JSON string; nothing else. */
    static final class DateOnly extends StdScalarDeserializer<LocalDate> {

        DateOnly() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            Optional<LocalDate> date = CalendarDates.parse(text);
            if (date.isPresent()) {
                return date.get();
            }
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date of the form "
                                                                                      + CalendarDates.SHAPE);
        }
    }
}
