package org.sobujang.command.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sobujang.api.trade.TradeFlow;
import org.sobujang.command.imports.ImportError;
import org.sobujang.command.imports.ImportFailed;
import org.sobujang.command.trade.TradeStatisticsCsv.Format;
import org.sobujang.command.trade.TradeStatisticsCsv.Row;
import org.sobujang.command.trade.TradeStatisticsCsv.Statistic;

class TradeStatisticsCsvTest {

    private static final String KCS_HEADER = "year,statCd,hsCd,impDlr,impWgt,expDlr,expWgt\n";
    private static final String COMTRADE_HEADER = "period,reporterISO,flowCode,partnerISO,cmdCode,primaryValue,netWgt\n";

    private static List<Row> rows(Reader input) throws IOException, ImportFailed {
        TradeStatisticsCsv csv = TradeStatisticsCsv.open(input);
        List<Row> rows = new ArrayList<>();
        for (Row row = csv.next(); row != null; row = csv.next()) {
            rows.add(row);
        }
        return rows;
    }

    private static List<Row> rows(String text) throws IOException, ImportFailed {
        return rows(new StringReader(text));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static ImportError onlyError(String text) throws IOException, ImportFailed {
        List<Row> rows = rows(text);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).statistics()).isEmpty();
        assertThat(rows.get(0).errors()).hasSize(1);
        return rows.get(0).errors().get(0);
    }

    @Test
    void aKcsRowYieldsItsImportAndExportFigures() throws Exception {
        List<Row> rows = rows(KCS_HEADER + "2018.01,JP,2811110000,5571666,4643055,1200,300\n");

        assertThat(rows).containsExactly(new Row(2, List.of(
                new Statistic("KCS", "KR", YearMonth.of(2018, 1), "JP", "2811110000", TradeFlow.M, d("5571666"),
                              d("4643055")),
                new Statistic("KCS", "KR", YearMonth.of(2018, 1), "JP", "2811110000", TradeFlow.X, d("1200"),
                              d("300"))), List.of()));
    }

    @Test
    void zeroFlowsOfAKcsRowAreLeftOut() throws Exception {
        List<Row> rows = rows(KCS_HEADER + "2018.01,CN,2811110000,10083333,8402777,0,0\n2018.02,CN,281111,0,0,0,0\n");

        assertThat(rows.get(0).statistics()).extracting(Statistic::flow).containsExactly(TradeFlow.M);
        assertThat(rows.get(1).accepted()).isTrue();
        assertThat(rows.get(1).statistics()).isEmpty();
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndOthersIgnored() throws Exception {
        List<Row> rows = rows("statCdCntnKor1,hsCd,statCd,year,expWgt,expDlr,impWgt,impDlr,balPayments\n"
                                      + "\"일본, 도쿄\",281111,JP,2019.07,0,0,\"1,250\",\"66,860,000.5\",x\n");

        assertThat(rows.get(0).statistics()).containsExactly(
                new Statistic("KCS", "KR", YearMonth.of(2019, 7), "JP", "281111", TradeFlow.M, d("66860000.5"),
                              d("1250")));
    }

    @Test
    void aComtradeRowIsMappedToAlpha2() throws Exception {
        TradeStatisticsCsv csv = TradeStatisticsCsv.open(new StringReader(
                "freqCode," + COMTRADE_HEADER.strip() + ",partnerDesc\nM,202101,KOR,M,JPN,281111,1041666,,\"Japan, the\"\n"));

        assertThat(csv.format()).isEqualTo(Format.COMTRADE);
        assertThat(csv.next().statistics()).containsExactly(
                new Statistic("COMTRADE", "KR", YearMonth.of(2021, 1), "JP", "281111", TradeFlow.M, d("1041666"),
                              null));
    }

    @Test
    void alpha3CodesComeFromTheJdksIsoData() {
        assertThat(TradeStatisticsCsv.alpha2Of("KOR")).isEqualTo("KR");
        assertThat(TradeStatisticsCsv.alpha2Of("CHN")).isEqualTo("CN");
        assertThat(TradeStatisticsCsv.alpha2Of("TWN")).isEqualTo("TW");
        assertThat(TradeStatisticsCsv.alpha2Of("DEU")).isEqualTo("DE");
        assertThat(TradeStatisticsCsv.alpha2Of("W00")).isNull();
    }

    @Test
    void eucKrFilesAreDecodedWithTheirCharset() throws Exception {
        Charset eucKr = Charset.forName("EUC-KR");
        byte[] file = (KCS_HEADER + "2018.01,일본,2811110000,1,1,0,0\n").getBytes(eucKr);

        ImportError error = rows(new InputStreamReader(new ByteArrayInputStream(file), eucKr)).get(0).errors().get(0);

        assertThat(error).isEqualTo(new ImportError(2, "statCd", "일본", "not an ISO 3166-1 alpha-2 country code"));
    }

    @Test
    void badKcsValuesAreReportedByLineAndColumn() throws Exception {
        assertThat(onlyError(KCS_HEADER + "2018.13,JP,281111,1,1,0,0"))
                .isEqualTo(new ImportError(2, "year", "2018.13", "not a month in the form YYYY.MM"));
        assertThat(onlyError(KCS_HEADER + "총계,JP,281111,1,1,0,0"))
                .isEqualTo(new ImportError(2, "year", "총계", "not a month in the form YYYY.MM"));
        assertThat(onlyError(KCS_HEADER + "2018.01,XX,281111,1,1,0,0"))
                .isEqualTo(new ImportError(2, "statCd", "XX", "not an ISO 3166-1 alpha-2 country code"));
        assertThat(onlyError(KCS_HEADER + "2018.01,JP,28111,1,1,0,0"))
                .isEqualTo(new ImportError(2, "hsCd", "28111", "not an HS code of 6 to 10 digits"));
        assertThat(onlyError(KCS_HEADER + "2018.01,JP,28111100001,1,1,0,0"))
                .isEqualTo(new ImportError(2, "hsCd", "28111100001", "not an HS code of 6 to 10 digits"));
        assertThat(onlyError(KCS_HEADER + "2018.01,JP,281111,12a,1,0,0"))
                .isEqualTo(new ImportError(2, "impDlr", "12a", "not a number"));
        assertThat(onlyError(KCS_HEADER + "2018.01,JP,281111,1,-5,0,0"))
                .isEqualTo(new ImportError(2, "impWgt", "-5", "must not be negative"));
        assertThat(onlyError(KCS_HEADER + "2018.01,JP,281111,1,1,0"))
                .isEqualTo(new ImportError(2, "expWgt", "", "a number is required"));
    }

    @Test
    void everyProblemOfARowIsReportedAndTheRowsAroundItAreKept() throws Exception {
        List<Row> rows = rows(KCS_HEADER + "2018.01,JP,281111,1,1,0,0\n2018-01,ZZ,2811,x,1,0,0\n2018.02,JP,281111,2,2,0,0\n");

        assertThat(rows).extracting(Row::accepted).containsExactly(true, false, true);
        assertThat(rows.get(1).errors()).extracting(ImportError::column).containsExactly("year", "statCd", "hsCd", "impDlr");
        assertThat(rows.get(1).errors()).extracting(ImportError::line).containsOnly(3);
    }

    @Test
    void badComtradeValuesAreReportedByLineAndColumn() throws Exception {
        assertThat(onlyError(COMTRADE_HEADER + "2021,KOR,M,JPN,281111,1,1"))
                .isEqualTo(new ImportError(2, "period", "2021", "not a month in the form YYYYMM"));
        assertThat(onlyError(COMTRADE_HEADER + "202101,KOR,M,W00,281111,1,1"))
                .isEqualTo(new ImportError(2, "partnerISO", "W00", "not an ISO 3166-1 alpha-3 country code"));
        assertThat(onlyError(COMTRADE_HEADER + "202101,KR,M,JPN,281111,1,1"))
                .isEqualTo(new ImportError(2, "reporterISO", "KR", "not an ISO 3166-1 alpha-3 country code"));
        assertThat(onlyError(COMTRADE_HEADER + "202101,KOR,RM,JPN,281111,1,1"))
                .isEqualTo(new ImportError(2, "flowCode", "RM", "only flows M (imports) and X (exports) are recorded"));
        assertThat(onlyError(COMTRADE_HEADER + "202101,KOR,M,JPN,TOTAL,1,1"))
                .isEqualTo(new ImportError(2, "cmdCode", "TOTAL", "not an HS code of 6 to 10 digits"));
        assertThat(onlyError(COMTRADE_HEADER + "202101,KOR,M,JPN,281111,,1"))
                .isEqualTo(new ImportError(2, "primaryValue", "", "a number is required"));
        assertThat(onlyError(COMTRADE_HEADER + "202101,KOR,M,JPN,281111,-1,1"))
                .isEqualTo(new ImportError(2, "primaryValue", "-1", "must not be negative"));
        assertThat(onlyError(COMTRADE_HEADER + "202101,KOR,M,JPN,281111,1,1.2.3"))
                .isEqualTo(new ImportError(2, "netWgt", "1.2.3", "not a number"));
    }

    @Test
    void rowsAfterAFieldWithLineBreaksAreReportedOnTheirOwnLines() throws Exception {
        List<Row> rows = rows("freqCode," + COMTRADE_HEADER.strip() + ",partnerDesc\r\n"
                                      + "M,202101,KOR,M,JPN,281111,1,1,\"Japan,\r\nthe\nEmpire\"\r\n"
                                      + "M,202101,KOR,M,XXX,281111,1,1,x\r\n");

        assertThat(rows).extracting(Row::line).containsExactly(2, 5);
        assertThat(rows.get(1).errors()).containsExactly(
                new ImportError(5, "partnerISO", "XXX", "not an ISO 3166-1 alpha-3 country code"));
    }

    @Test
    void aHeaderLackingColumnsFailsTheImportOnLineOne() {
        assertThatThrownBy(() -> rows("year,statCd,hsCd,impDlr\n2018.01,JP,281111,1\n"))
                .isInstanceOfSatisfying(ImportFailed.class, e -> {
                    assertThat(e.error().line()).isEqualTo(1);
                    assertThat(e.error().message()).contains("KCS").contains("impWgt", "expDlr", "expWgt");
                });
    }

    @Test
    void anUnknownHeaderFailsTheImportOnLineOne() {
        assertThatThrownBy(() -> rows("a,b,c\n1,2,3\n"))
                .isInstanceOfSatisfying(ImportFailed.class, e -> assertThat(e.error().line()).isEqualTo(1));
        assertThatThrownBy(() -> rows(""))
                .isInstanceOfSatisfying(ImportFailed.class, e -> assertThat(e.error().line()).isEqualTo(1));
    }

    @Test
    void aQuoteNeverClosedFailsTheImportWhereItOpens() {
        assertThatThrownBy(() -> rows(KCS_HEADER + "2018.01,JP,281111,1,1,0,0\n2018.02,\"JP,281111,1,1,0,0\n"))
                .isInstanceOfSatisfying(ImportFailed.class, e -> assertThat(e.error().line()).isEqualTo(3));
    }
}
