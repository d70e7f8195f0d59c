-- A partnership id chosen by a client is unique per pair of parties (a firm must not learn that firms it has nothing
-- to do with use an id), so the directory keeps each partnership's event stream: 'partnership:<id>' for those
-- registered before, 'partnership:<buyer>/<supplier>/<id>' from now on.
ALTER TABLE directory_partnership ADD COLUMN stream_id VARCHAR(400);
UPDATE directory_partnership SET stream_id = 'partnership:' || partnership_id;
ALTER TABLE directory_partnership ALTER COLUMN stream_id SET NOT NULL;
ALTER TABLE directory_partnership DROP CONSTRAINT directory_partnership_pkey;
ALTER TABLE directory_partnership ADD PRIMARY KEY (partnership_id, buyer_id, supplier_id);
