package org.sobujang.command.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a character stream: comma-separated, fields optionally in double quotes (which may hold
 * commas, line breaks and doubled quotes), CRLF, LF or CR line ends, a leading byte-order mark ignored. Lines that
 * are entirely empty are skipped. Each record carries the physical line it starts on, counting from 1.
 */
public final class CsvReader {

    /** A record and the line it starts on. */
    public record Record(int line, List<String> fields) {
    }

    /** The input ends inside a quoted field: nothing after the opening quote can be trusted. */
    public static final class UnclosedQuote extends IOException {

        private final int line;

        UnclosedQuote(int line) {
            super("a quoted field opened on line " + line + " is never closed");
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private static final int END = -1;

    private final Reader in;
    private int line = 1;
    private int pushedBack = Integer.MIN_VALUE;
    private boolean started;

    public CsvReader(Reader in) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in);
    }

    /** The next record, or null at the end of the input. */
    public Record next() throws IOException {
        if (!started) {
            started = true;
            int first = read();
            if (first != '\uFEFF') {
                unread(first);
            }
        }
        while (true) {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quotedAny = false;
            int c = read();
            if (c == END) {
                return null;
            }
            while (true) {
                if (c == '"' && field.isEmpty()) {
                    quotedAny = true;
                    readQuoted(field, startLine);
                    c = read();
                    continue;
                }
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    c = read();
                    continue;
                }
                if (c == END || c == '\n' || c == '\r') {
                    if (c == '\r') {
                        int following = read();
                        if (following != '\n') {
                            unread(following);
                        }
                    }
                    if (c != END) {
                        line++;
                    }
                    fields.add(field.toString());
                    break;
                }
                field.append((char) c);
                c = read();
            }
            if (fields.size() == 1 && fields.get(0).isEmpty() && !quotedAny) {
                continue;
            }
            return new Record(startLine, List.copyOf(fields));
        }
    }

    /** Reads up to the closing quote; text after it up to the next separator is kept, as lenient readers do. */
    private void readQuoted(StringBuilder field, int startLine) throws IOException {
        while (true) {
            int c = read();
            if (c == END) {
                throw new UnclosedQuote(startLine);
            }
            if (c == '"') {
                int following = read();
                if (following == '"') {
                    field.append('"');
                    continue;
                }
                unread(following);
                return;
            }
            if (c == '\n' || (c == '\r' && peekIsNotNewline())) {
                line++;
            }
            field.append((char) c);
        }
    }

    /** A CR inside quotes counts as a line end only when no LF follows (the LF counts then). */
    private boolean peekIsNotNewline() throws IOException {
        int following = read();
        unread(following);
        return following != '\n';
    }

    private int read() throws IOException {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
