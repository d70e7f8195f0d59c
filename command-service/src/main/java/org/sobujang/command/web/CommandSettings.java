package org.sobujang.command.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Defaults the REST layer fills in before a command is sent, so that commands always carry explicit values. */
@Component
public class CommandSettings {

    private final String homeCountry;
    private final ZoneId zone;

    CommandSettings(@Value("${sobujang.home-country:KR}") String homeCountry,
                    @Value("${sobujang.time-zone:Asia/Seoul}") String zone) {
        this.homeCountry = homeCountry;
        this.zone = ZoneId.of(zone);
    }

    public String homeCountry() {
        return homeCountry;
    }

    /** "Today" is a date in the home country, not in the server's default zone. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }
}
