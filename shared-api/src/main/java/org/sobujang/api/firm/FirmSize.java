package org.sobujang.api.firm;

public enum FirmSize {
    SME, MIDSIZE, LARGE
}
