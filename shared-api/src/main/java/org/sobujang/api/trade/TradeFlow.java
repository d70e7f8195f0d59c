package org.sobujang.api.trade;

/** UN Comtrade's flow codes: M imports, X exports. Only imports count towards import dependence. */
public enum TradeFlow {
    M, X
}
