package org.sobujang.query.component;

import java.time.LocalDate;

import org.sobujang.api.component.Category;

/** {@code restricted} is judged on {@code asOf} (default today) against the home country. */
public record ComponentFilter(String sector, Category category, Boolean restricted, LocalDate asOf,
                              String hsPrefix) {
}
