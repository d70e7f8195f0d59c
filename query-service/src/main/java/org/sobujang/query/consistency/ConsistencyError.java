package org.sobujang.query.consistency;

import graphql.ErrorClassification;

/** The classification of a query that could not be answered as of the client's own write in time. */
enum ConsistencyError implements ErrorClassification {
    CONSISTENCY_TIMEOUT
}
