package org.sobujang.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvReader.Record> read(String text) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(text));
        List<CsvReader.Record> records = new ArrayList<>();
        for (CsvReader.Record record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }

    @Test
    void plainFieldsAreSplitAtCommas() throws IOException {
        assertThat(read("a,b,c\n1,2,3\n")).containsExactly(new CsvReader.Record(1, List.of("a", "b", "c")),
                                                           new CsvReader.Record(2, List.of("1", "2", "3")));
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() throws IOException {
        assertThat(read("name,note\n\"Korea, Republic of\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\nlast,y"))
                .containsExactly(new CsvReader.Record(1, List.of("name", "note")),
                                 new CsvReader.Record(2, List.of("Korea, Republic of", "say \"hi\"")),
                                 new CsvReader.Record(3, List.of("two\nlines", "x")),
                                 new CsvReader.Record(5, List.of("last", "y")));
    }

    @Test
    void crlfAndBlankLinesAndAByteOrderMarkAreHandled() throws IOException {
        assertThat(read("\uFEFFa,b\r\n\r\n1,\r\n,2"))
                .containsExactly(new CsvReader.Record(1, List.of("a", "b")),
                                 new CsvReader.Record(3, List.of("1", "")),
                                 new CsvReader.Record(4, List.of("", "2")));
    }

    @Test
    void anEmptyQuotedFieldIsARecord() throws IOException {
        assertThat(read("\"\"\n")).containsExactly(new CsvReader.Record(1, List.of("")));
    }

    @Test
    void aQuoteThatIsNeverClosedIsReportedWhereItStarts() {
        assertThatThrownBy(() -> read("a,b\n1,2\n3,\"open\n4,5\n"))
                .isInstanceOfSatisfying(CsvReader.UnclosedQuote.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void aRowAfterQuotedLineBreaksCarriesItsOwnLine() throws IOException {
        assertThat(read("h\r\n\"a\r\nb\rc\nd\",x\r\nnext,1\r\n\"\n\n\",y\nlast,2\n"))
                .extracting(CsvReader.Record::line)
                .containsExactly(1, 2, 6, 7, 10);
    }

    @Test
    void aBlankLineInsideQuotesIsPartOfTheField() throws IOException {
        assertThat(read("a\n\"x\n\ny\"\nb\n"))
                .containsExactly(new CsvReader.Record(1, List.of("a")),
                                 new CsvReader.Record(2, List.of("x\n\ny")),
                                 new CsvReader.Record(5, List.of("b")));
    }

    @Test
    void aLoneCarriageReturnEndsALine() throws IOException {
        assertThat(read("a\rb\r\rc")).containsExactly(new CsvReader.Record(1, List.of("a")),
                                                          new CsvReader.Record(2, List.of("b")),
                                                          new CsvReader.Record(4, List.of("c")));
    }

    @Test
    void textAfterAClosingQuoteIsKept() throws IOException {
        assertThat(read("\"ab\"cd,\"e\" ,f\"g\"\n"))
                .containsExactly(new CsvReader.Record(1, List.of("abcd", "e ", "f\"g\"")));
    }

    @Test
    void onlyCommasSeparateFields() throws IOException {
        assertThat(read("a;b\ta,\n")).containsExactly(new CsvReader.Record(1, List.of("a;b\ta", "")));
    }

    @Test
    void onlyALeadingByteOrderMarkIsIgnored() throws IOException {
        assertThat(read("\uFEFF\uFEFFa,b\uFEFF"))
                .containsExactly(new CsvReader.Record(1, List.of("\uFEFFa", "b\uFEFF")));
    }

    @Test
    void aQuoteNeverClosedAfterBlankLinesIsReportedAfterTheLastCompleteRecord() {
        assertThatThrownBy(() -> read("a,b\n\n\n\"open\n4,5\n"))
                .isInstanceOfSatisfying(CsvReader.UnclosedQuote.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessage("a quoted field opened on line 2 or after it is never closed");
    }

    /** Rows are parsed as they are asked for: an endless input yields its first rows. */
    @Test
    void theInputIsReadAsRecordsAreAskedFor() throws IOException {
        EndlessRows rows = new EndlessRows();
        CsvReader reader = new CsvReader(rows);

        for (int i = 1; i <= 3; i++) {
            assertThat(reader.next()).isEqualTo(new CsvReader.Record(i, List.of("2018.01", "JP", "281111")));
        }
        assertThat(rows.delivered).isLessThan(64 * 1024);
    }

    private static final class EndlessRows extends Reader {

        private static final String ROW = "2018.01,JP,281111\n";

        private long delivered;

        @Override
        public int read(char[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = ROW.charAt((int) (delivered++ % ROW.length()));
            }
            return length;
        }

        @Override
        public void close() {
        }
    }
}
