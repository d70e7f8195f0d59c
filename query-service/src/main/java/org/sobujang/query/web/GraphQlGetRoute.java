package org.sobujang.query.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.graphql.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code GET /graphql?query=...&variables=...&operationName=...} for queries, as the public contract promises and the
 * GraphQL-over-HTTP spec allows; Spring Boot maps only POST (a GET is 405 there). The request goes through the same
 * {@link WebGraphQlHandler} as a POST — every interceptor, limit and authorization check applies — and the schema has
 * no mutations, so a GET can only read.
 */
@Configuration
class GraphQlGetRoute {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    /** Before Boot's GraphQL routes (order 0), which answer every GET on the path with 405. */
    @Bean
    @Order(-1)
    RouterFunction<ServerResponse> graphQlGet(WebGraphQlHandler handler, GraphQlProperties properties,
                                              ObjectMapper json) {
        return RouterFunctions.route().GET(properties.getHttp().getPath(), request -> handle(request, handler, json))
                               .build();
    }

    private static ServerResponse handle(ServerRequest request, WebGraphQlHandler handler, ObjectMapper json) {
        Optional<String> query = request.param("query").filter(q -> !q.isBlank());
        if (query.isEmpty()) {
            return badRequest("a GET request needs a 'query' parameter");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query.get());
        request.param("operationName").filter(n -> !n.isBlank()).ifPresent(n -> body.put("operationName", n));
        try {
            for (String name : new String[]{"variables", "extensions"}) {
                Optional<String> value = request.param(name).filter(v -> !v.isBlank());
                if (value.isPresent()) {
                    body.put(name, json.readValue(value.get(), OBJECT));
                }
            }
        } catch (JsonProcessingException e) {
            return badRequest("'variables' and 'extensions' must be JSON objects");
        }
        WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
                new LinkedMultiValueMap<>(), request.remoteAddress().orElse(null), request.attributes(), body,
                UUID.randomUUID().toString(), LocaleContextHolder.getLocale());
        return ServerResponse.async(handler.handleRequest(graphQlRequest)
                                           .map(response -> ServerResponse.ok()
                                                                          .contentType(MediaType.APPLICATION_JSON)
                                                                          .body(response.toMap())));
    }

    private static ServerResponse badRequest(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid GraphQL request");
        return ServerResponse.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
