package org.sobujang.command.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page, for requests Tomcat refuses before any servlet runs (a NUL or other undecodable bytes in
 * the path): problem details instead of an HTML page, so that every error this API answers has one format.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String title = status < 500 ? "Invalid request" : "Internal Server Error";
        String type = status == 400 ? "/problems/invalid-request" : "about:blank";
        String detail = status < 500 ? "The server could not read this request" : "The request could not be processed";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                                     + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response was taken over meanwhile: nothing left to tell it.
        }
    }
}
