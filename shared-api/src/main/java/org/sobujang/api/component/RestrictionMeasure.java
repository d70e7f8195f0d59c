package org.sobujang.api.component;

public enum RestrictionMeasure {
    INDIVIDUAL_LICENSE, GROUP_DOWNGRADE, QUOTA, EXPORT_TAX, BAN
}
