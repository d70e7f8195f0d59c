package org.sobujang.query.web;

import org.sobujang.api.Sector;

/** Arguments the schema types as plain strings, checked here so a typo is a BAD_REQUEST, not an empty answer. */
public final class Arguments {

    private Arguments() {
    }

    public static Sector sector(String sector) {
        if (sector == null) {
            return null;
        }
        try {
            return Sector.valueOf(sector);
        } catch (IllegalArgumentException e) {
            throw new ClientErrors.BadRequest("Unknown sector '" + sector + "'");
        }
    }
}
