package org.sobujang.query.risk;

public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL
}
