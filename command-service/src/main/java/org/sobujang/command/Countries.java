package org.sobujang.command;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 codes as the JDK knows them, upper case only: "kr" is not a code, "KR" is. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }
}
