-- The parties of each partnership, so that a stage change can be authorized (a party's PARTNERSHIP client only)
-- before the partnership aggregate is loaded. Kept by the subscribing "directory" processor like the other tables.
CREATE TABLE directory_partnership (
    partnership_id VARCHAR(64) NOT NULL PRIMARY KEY,
    buyer_id       VARCHAR(64) NOT NULL,
    supplier_id    VARCHAR(64) NOT NULL
);

-- Partnerships registered before this table existed: their registration events (Jackson JSON in a BYTEA payload)
-- name the parties, so existing stores keep letting those parties advance them.
INSERT INTO directory_partnership (partnership_id, buyer_id, supplier_id)
SELECT convert_from(payload, 'UTF8')::jsonb ->> 'partnershipId',
       convert_from(payload, 'UTF8')::jsonb ->> 'buyerId',
       convert_from(payload, 'UTF8')::jsonb ->> 'supplierId'
FROM domainevententry
WHERE payloadtype = 'org.sobujang.api.partnership.PartnershipRegistered'
ON CONFLICT (partnership_id) DO NOTHING;
