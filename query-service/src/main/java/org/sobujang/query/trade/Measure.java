package org.sobujang.query.trade;

/** GraphQL {@code Measure}: what a dependence share is computed on. */
public enum Measure {
    VALUE, WEIGHT
}
