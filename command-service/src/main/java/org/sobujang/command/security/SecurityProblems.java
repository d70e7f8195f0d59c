package org.sobujang.command.security;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * 401, 403 and firewall rejections as RFC 9457 problem details. These answers are written by filters, before any
 * controller advice could see them. The bearer-token handlers run first only for their WWW-Authenticate header
 * (RFC 6750); the body is ours. Details are fixed texts: the reason a token failed is not the client's business
 * beyond "invalid_token" in that header, and a 403 must read the same whether or not the object exists.
 */
public final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    public static final URI UNAUTHORIZED = URI.create("/problems/unauthorized");
    public static final URI FORBIDDEN = URI.create("/problems/forbidden");
    static final URI INVALID_REQUEST = URI.create("/problems/invalid-request");

    static final String FORBIDDEN_DETAIL = "The caller may not do this operation on this resource";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();

    /** The 403 the controllers answer for checks that need the request body; the same as the filter's. */
    public static ProblemDetail forbidden() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, FORBIDDEN_DETAIL);
        problem.setType(FORBIDDEN);
        problem.setTitle("Forbidden");
        return problem;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException authException) throws IOException {
        bearerEntryPoint.commence(request, response, authException);
        write(response, HttpStatus.UNAUTHORIZED, UNAUTHORIZED, "Unauthorized",
              "A valid bearer token is required (Authorization: Bearer <jwt>)");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException accessDeniedException) throws IOException {
        bearerDenied.handle(request, response, accessDeniedException);
        write(response, HttpStatus.FORBIDDEN, FORBIDDEN, "Forbidden", FORBIDDEN_DETAIL);
    }

    /** The firewall's answer to encoded slashes, dots and the like in the path: the request alone is wrong. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       RequestRejectedException requestRejectedException) throws IOException {
        write(response, HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request",
              "The request path or headers contain characters or sequences this service does not accept");
    }

    private static void write(HttpServletResponse response, HttpStatus status, URI type, String title, String detail)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toString());
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), body);
    }
}
