package org.sobujang.command;

/**
 * The country whose localization is tracked ({@code sobujang.home-country}). A bean of its own so that aggregates
 * can take it as a handler parameter and fixture tests can register it like any other resource.
 */
public record HomeCountry(String code) {

    public boolean isDomestic(String country) {
        return code.equals(country);
    }
}
