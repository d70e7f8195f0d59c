package org.sobujang.command.imports;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 records from a character stream, parsed by Apache Commons CSV: comma-separated, fields optionally in double
 * quotes (which may hold commas, line breaks and doubled quotes), CRLF, LF or CR line ends, text after a closing quote
 * kept as lenient readers do. Added here: a leading byte-order mark is ignored, lines that are entirely empty are
 * skipped, and each record carries the physical line it starts on, counting from 1. Records are parsed one at a time
 * as they are asked for; the input is never held whole.
 */
public final class CsvReader {

    /** A record and the line it starts on. */
    public record Record(int line, List<String> fields) {
    }

    /** The input ends inside a quoted field: nothing after the opening quote can be trusted. */
    public static final class UnclosedQuote extends IOException {

        private final int line;

        UnclosedQuote(int line) {
            super("a quoted field opened on line " + line + " or after it is never closed");
            this.line = line;
        }

        /** The first line after the last complete record, where the unreadable part of the input begins. */
        public int line() {
            return line;
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
                                                             .setIgnoreEmptyLines(true)
                                                             .setTrailingData(true)
                                                             .get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    public CsvReader(Reader in) throws IOException {
        this.parser = CSVParser.builder().setReader(withoutByteOrderMark(in)).setFormat(FORMAT).get();
        this.records = parser.iterator();
    }

    /** The next record, or null at the end of the input. */
    public Record next() throws IOException {
        long linesBefore = parser.getCurrentLineNumber();
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            // With this format the parser's only complaint is the end of the input inside quotes.
            if (e.getCause() instanceof CSVException) {
                throw new UnclosedQuote(Math.toIntExact(linesBefore + 1));
            }
            throw e.getCause();
        }
        List<String> fields = record.toList();
        // The parser counts the line ends it has read, the record's own included; those inside quoted fields are
        // lines the record spans.
        long lastLine = parser.getCurrentLineNumber();
        return new Record(Math.toIntExact(lastLine - lineBreaks(fields)), fields);
    }

    /** Line ends as the parser counts them: CR, LF, and CRLF as one. */
    private static long lineBreaks(List<String> fields) {
        long count = 0;
        for (String field : fields) {
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c == '\r' || c == '\n' && (i == 0 || field.charAt(i - 1) != '\r')) {
                    count++;
                }
            }
        }
        return count;
    }

    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader reader = new PushbackReader(in, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
