-- Overlapping dispatchers could fan one event out twice; keep the first delivery of each event and
-- endpoint so the unique index of the next migrations can be built.
DELETE FROM `deliveries` WHERE `rowid` NOT IN (SELECT min(`rowid`) FROM `deliveries` GROUP BY `webhook_id`, `message_id`);
