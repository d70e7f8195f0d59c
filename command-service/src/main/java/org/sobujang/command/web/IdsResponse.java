package org.sobujang.command.web;

import java.util.List;

/**
 * The body of a successful command that creates several resources at once: their ids in the order of the request,
 * and the command's read-your-writes token (also in the {@value CommandResponses#CONSISTENCY_TOKEN} header).
 */
public record IdsResponse(List<String> ids, String consistencyToken) {
}
