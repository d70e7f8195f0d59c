-- The command side's lookup for set-based validation, kept by the subscribing "directory" processor in the
-- transaction that appends the events. Ids are API ids (without the aggregate-kind prefix).
CREATE TABLE directory_firm (
    firm_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    country             CHAR(2)      NOT NULL,
    size                VARCHAR(16)  NOT NULL,
    -- NULLs never collide in a UNIQUE constraint, so firms without a registration number are fine.
    registration_number VARCHAR(255) UNIQUE
);

CREATE TABLE directory_component (
    component_id VARCHAR(64) NOT NULL PRIMARY KEY
);

CREATE TABLE directory_sourcing_change (
    change_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    buyer_id     VARCHAR(64) NOT NULL,
    component_id VARCHAR(64) NOT NULL
);
