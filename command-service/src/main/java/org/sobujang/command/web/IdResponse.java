package org.sobujang.command.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every successful command that names a resource. {@code consistencyToken} is the command's
 * read-your-writes token (also in the {@value CommandResponses#CONSISTENCY_TOKEN} header); an accepted import has none,
 * its report is the way to follow it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IdResponse(String id, String consistencyToken) {

    public IdResponse(String id) {
        this(id, null);
    }
}
