package org.sobujang.api.sourcing;

public record SourcingChangeRetracted(String changeId, String buyerId, String componentId) {
}
