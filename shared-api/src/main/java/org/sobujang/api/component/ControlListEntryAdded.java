package org.sobujang.api.component;

public record ControlListEntryAdded(String componentId, String regime, String code) {
}
