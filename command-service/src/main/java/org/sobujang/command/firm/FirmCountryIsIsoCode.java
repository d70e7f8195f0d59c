package org.sobujang.command.firm;

import org.sobujang.command.Countries;
import org.sobujang.command.Rule;

/** A firm's country is an ISO 3166-1 alpha-2 code: whether a supplier is domestic is decided on it. */
final class FirmCountryIsIsoCode extends Rule {

    private static final FirmCountryIsIsoCode RULE = new FirmCountryIsIsoCode();

    private FirmCountryIsIsoCode() {
    }

    static void check(String country) {
        if (!Countries.isValid(country)) {
            throw RULE.invalid("country", country + " is not an ISO 3166-1 alpha-2 country code");
        }
    }
}
