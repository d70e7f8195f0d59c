package org.sobujang.api.coreitems;

/** Members and targets given at definition follow as their own events. */
public record CoreItemListDefined(String listId, String name) {
}
