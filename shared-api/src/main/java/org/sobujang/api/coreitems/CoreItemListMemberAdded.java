package org.sobujang.api.coreitems;

public record CoreItemListMemberAdded(String listId, String componentId) {
}
