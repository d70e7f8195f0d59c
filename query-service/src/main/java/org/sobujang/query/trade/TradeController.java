package org.sobujang.query.trade;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.sobujang.query.period.Interval;
import org.sobujang.query.security.Authorized;
import org.sobujang.query.security.Caller;
import org.sobujang.query.security.QueryOperation;
import org.sobujang.query.web.ClientErrors;
import org.sobujang.query.web.SobujangProperties;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Import dependence of the home country, from the statistics it reports (risk-model.md §5). */
@Controller
class TradeController {

    static final int MAX_PERIODS = 1200;

    private final TradeReadModel trade;
    private final SobujangProperties settings;

    TradeController(TradeReadModel trade, SobujangProperties settings) {
        this.trade = trade;
        this.settings = settings;
    }

    @QueryMapping
    @Authorized(QueryOperation.IMPORT_DEPENDENCE)
    List<DependencePoint> importDependence(@Argument List<String> hsPrefixes, @Argument String partner,
                                           @Argument LocalDate from, @Argument LocalDate to,
                                           @Argument Interval interval, @Argument Measure measure,
                                           @Argument String source, Caller caller) {
        if (hsPrefixes.isEmpty() || hsPrefixes.stream().anyMatch(p -> !p.matches("\\d{1,10}"))) {
            throw new ClientErrors.BadRequest("hsPrefixes must be 1 to 10 digits each, at least one, got "
                                              + hsPrefixes);
        }
        if (!partner.matches("[A-Z]{2}")) {
            throw new ClientErrors.BadRequest("partner must be an ISO 3166-1 alpha-2 code, got '" + partner + "'");
        }
        if (source != null && !ImportDependence.PREFERENCE.contains(source)) {
            throw new ClientErrors.BadRequest("source must be one of " + ImportDependence.PREFERENCE + ", got '"
                                              + source + "'");
        }
        if (from.isAfter(to)) {
            throw new ClientErrors.BadRequest("from " + from + " is after to " + to);
        }
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        // Counted, not enumerated, so an absurd range is refused without walking it.
        long periods = switch (interval) {
            case MONTH -> ChronoUnit.MONTHS.between(first, last) + 1;
            case QUARTER -> quarter(last) - quarter(first) + 1;
            case YEAR -> (long) last.getYear() - first.getYear() + 1;
        };
        if (periods > MAX_PERIODS) {
            throw new ClientErrors.BadRequest("More than " + MAX_PERIODS + " periods asked for; use a longer "
                                              + "interval or a shorter range");
        }
        List<String> sources = source != null ? List.of(source) : ImportDependence.PREFERENCE;
        return ImportDependence.compute(trade.imports(sources, settings.homeCountry(), hsPrefixes, first, last),
                partner, first, last, interval, measure, source);
    }

    private static long quarter(YearMonth month) {
        return month.getYear() * 4L + (month.getMonthValue() - 1) / 3;
    }
}
