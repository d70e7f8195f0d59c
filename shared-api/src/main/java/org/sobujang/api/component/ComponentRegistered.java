package org.sobujang.api.component;

import org.sobujang.api.Sector;

/** Control-list entries given at registration follow as {@link ControlListEntryAdded} events. */
public record ComponentRegistered(String componentId, String name, Category category, String hsCode, Sector sector) {
}
