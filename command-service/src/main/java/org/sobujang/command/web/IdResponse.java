package org.sobujang.command.web;

/** The body of every successful command that names a resource. */
public record IdResponse(String id) {
}
