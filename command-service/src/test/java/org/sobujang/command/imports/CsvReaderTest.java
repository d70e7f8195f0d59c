package org.sobujang.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
}
