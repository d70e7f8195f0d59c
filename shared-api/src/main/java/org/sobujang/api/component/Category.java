package org.sobujang.api.component;

public enum Category {
    MATERIAL, PART, EQUIPMENT
}
