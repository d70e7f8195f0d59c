package org.sobujang.command.imports;

/** One problem in an imported file: {@code line} counts the header as line 1; column and value may be null. */
public record ImportError(int line, String column, String value, String message) {
}
