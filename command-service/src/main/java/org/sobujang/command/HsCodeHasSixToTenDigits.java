package org.sobujang.command;

import java.util.regex.Pattern;

/**
 * An HS code is the 6-digit Harmonized System code or a national extension of it, 10 digits at most: a component's
 * code, and the code a trade statistic is recorded under.
 */
public final class HsCodeHasSixToTenDigits extends Rule {

    private static final HsCodeHasSixToTenDigits RULE = new HsCodeHasSixToTenDigits();
    private static final Pattern HS_CODE = Pattern.compile("\\d{6,10}");

    private HsCodeHasSixToTenDigits() {
    }

    public static boolean holdsFor(String hsCode) {
        return hsCode != null && HS_CODE.matcher(hsCode).matches();
    }

    public static void check(String field, String hsCode) {
        if (!holdsFor(hsCode)) {
            throw RULE.invalid(field, hsCode + " is not an HS code of 6 to 10 digits");
        }
    }
}
