package org.sobujang.query.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The home country decides which firms are domestic; its time zone decides what "today" is for a missing asOf. */
@ConfigurationProperties("sobujang")
public record SobujangProperties(String homeCountry, ZoneId timeZone) {

    public SobujangProperties {
        homeCountry = homeCountry == null ? "KR" : homeCountry;
        timeZone = timeZone == null ? ZoneId.of("Asia/Seoul") : timeZone;
    }

    public boolean isDomestic(String country) {
        return homeCountry.equals(country);
    }

    public LocalDate asOfOrToday(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(timeZone);
    }
}
