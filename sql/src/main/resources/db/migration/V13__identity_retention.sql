-- Retention of identity verifications and SMS outbox messages (issue 4): the daily purge looks
-- rows up by age, oldest first. Portable SQL (H2 2.x and PostgreSQL 15).
CREATE INDEX identity_verification_started_idx ON identity_verification (started_at);
CREATE INDEX sms_outbox_queued_idx ON sms_outbox (queued_at);
