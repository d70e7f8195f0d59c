package org.sobujang.query.web;

import graphql.ErrorClassification;

/** The classification of a request that ran out of its execution time. */
enum GraphQlLimitError implements ErrorClassification {
    TIMEOUT
}
