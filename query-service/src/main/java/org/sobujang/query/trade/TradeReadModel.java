package org.sobujang.query.trade;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.sobujang.query.readstore.Documents;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
public class TradeReadModel {

    private final MongoTemplate mongo;

    TradeReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The imports reported by {@code reporter} under HS codes starting with one of {@code prefixes}, months
     * {@code from} to {@code to}: the code index documents by {@code _id}, then only the matching code documents.
     */
    public List<MonthlyImport> imports(Collection<String> sources, String reporter, Collection<String> prefixes,
                                       YearMonth from, YearMonth to) {
        List<String> ids = new ArrayList<>();
        for (String source : sources) {
            TradeHsCodesDocument index = mongo.findById(TradeHsCodesDocument.idOf(source, reporter),
                    TradeHsCodesDocument.class, TradeHsCodesDocument.COLLECTION);
            if (index != null) {
                index.hsCodes().stream()
                     .filter(code -> prefixes.stream().anyMatch(code::startsWith))
                     .forEach(code -> ids.add(TradeStatisticsDocument.idOf(source, reporter, code)));
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        String first = from.toString();
        String last = to.toString();
        List<MonthlyImport> imports = new ArrayList<>();
        for (TradeStatisticsDocument document : Documents.findByIds(mongo, ids,
                TradeStatisticsDocument.class, TradeStatisticsDocument.COLLECTION)) {
            document.months().forEach((month, partners) -> {
                if (month.compareTo(first) >= 0 && month.compareTo(last) <= 0) {
                    partners.forEach((partner, figure) -> imports.add(new MonthlyImport(document.source(),
                            YearMonth.parse(month), partner, figure.valueUsd(), figure.weightKg())));
                }
            });
        }
        return imports;
    }
}
