package org.sobujang.api.component;

/** An entry of an export-control list, e.g. regime {@code WASSENAAR}, code {@code 3C002.a.2}. */
public record ControlListEntry(String regime, String code) {
}
