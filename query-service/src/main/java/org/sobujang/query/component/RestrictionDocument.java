package org.sobujang.query.component;

import java.time.LocalDate;

import org.sobujang.api.component.RestrictionMeasure;

/** One export restriction, dates as ISO strings; active on d when effectiveFrom ≤ d < liftedOn. */
public record RestrictionDocument(String imposingCountry, String targetCountry, RestrictionMeasure measure,
                                  String effectiveFrom, String liftedOn, String legalReference) {

    public boolean activeOn(LocalDate date) {
        String day = date.toString();
        return effectiveFrom != null && effectiveFrom.compareTo(day) <= 0
               && (liftedOn == null || day.compareTo(liftedOn) < 0);
    }

    public boolean targets(String country) {
        return country.equals(targetCountry);
    }
}
