package org.sobujang.query.progress;

import java.util.List;

/** GraphQL {@code ProgressScope}: the given parts narrow one another; none given means every component. */
public record ProgressScope(String sector, String coreItemListId, List<String> componentIds) {
}
