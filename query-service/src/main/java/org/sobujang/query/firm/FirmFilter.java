package org.sobujang.query.firm;

import org.sobujang.api.firm.FirmSize;

public record FirmFilter(String country, FirmSize size, Boolean domestic, String nameContains) {
}
