package org.sobujang.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The schema says what it means: every type, field and argument a client can use carries a description (GraphiQL
 * and every client generator show them). Query and its extensions count field by field; the root type itself is
 * exempt.
 */
class SchemaDescriptionsTest {

    @Test
    void everyTypeFieldAndArgumentIsDescribed() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
            try (InputStreamReader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                registry.merge(new SchemaParser().parse(reader));
            }
        }
        List<String> undescribed = new ArrayList<>();
        List<TypeDefinition> types = new ArrayList<>(registry.types().values());
        registry.objectTypeExtensions().values().forEach(types::addAll);
        for (TypeDefinition<?> type : types) {
            boolean root = type.getName().equals("Query");
            boolean extension = type instanceof graphql.language.ObjectTypeExtensionDefinition;
            if (!root && !extension && missing(description(type))) {
                undescribed.add("type " + type.getName());
            }
            if (type instanceof ObjectTypeDefinition object) {
                for (FieldDefinition field : object.getFieldDefinitions()) {
                    if (missing(field.getDescription())) {
                        undescribed.add(type.getName() + "." + field.getName());
                    }
                    for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                        if (missing(argument.getDescription()) && !described(field, argument)) {
                            undescribed.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")");
                        }
                    }
                }
            }
            if (type instanceof InputObjectTypeDefinition input) {
                for (InputValueDefinition field : input.getInputValueDefinitions()) {
                    if (missing(field.getDescription())) {
                        undescribed.add(type.getName() + "." + field.getName());
                    }
                }
            }
        }
        registry.scalars().values().stream().filter(s -> !isBuiltIn(s)).filter(s -> missing(s.getDescription()))
                .forEach(s -> undescribed.add("scalar " + s.getName()));
        assertThat(undescribed).as("described nowhere").isEmpty();
    }

    private static Description description(TypeDefinition<?> type) {
        if (type instanceof ObjectTypeDefinition object) {
            return object.getDescription();
        }
        if (type instanceof InputObjectTypeDefinition input) {
            return input.getDescription();
        }
        if (type instanceof EnumTypeDefinition enumType) {
            return enumType.getDescription();
        }
        return new Description("other kinds are not used", null, false);
    }

    /** An argument may be described in its field's description, as `name`: ... */
    private static boolean described(FieldDefinition field, InputValueDefinition argument) {
        return field.getDescription() != null
               && field.getDescription().getContent().contains("`" + argument.getName() + "`");
    }

    private static boolean missing(Description description) {
        return description == null || description.getContent().isBlank();
    }

    private static boolean isBuiltIn(ScalarTypeDefinition scalar) {
        return List.of("Int", "Float", "String", "Boolean", "ID").contains(scalar.getName());
    }
}
