package org.sobujang.api.partnership;

/** The demand–supply cooperation models of Korea's localization policy. */
public enum PartnershipKind {
    JOINT_RND, SUPPLY_LINKAGE, JOINT_INVESTMENT, JOINT_STOCKPILE
}
