package org.sobujang.api.firm;

public record FirmRegistered(String firmId, String name, String country, FirmSize size, String registrationNumber) {
}
