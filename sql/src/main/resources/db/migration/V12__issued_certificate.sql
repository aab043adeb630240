-- Every certificate we signed for a citizen, anchored in the ledger as a salted commitment to its
-- exact "HC1:" text. The verifier looks a certificate signed by our keys up here by its UVCI: one
-- that is missing was not issued by the portal (NOT_IN_LEDGER), one with revoked_at is REVOKED.
-- The text itself is kept sealed (AES-GCM, the identity vault's key) only so the portal can serve
-- the same certificate again while nothing changed; content_hash is a keyed hash (HMAC) of what
-- the certificate states, to tell whether anything changed without opening it.
CREATE TABLE issued_certificate (
    uvci                      VARCHAR(60)   NOT NULL PRIMARY KEY,
    citizen_id                BIGINT        NOT NULL REFERENCES citizen (id),
    kind                      VARCHAR(16)   NOT NULL CHECK (kind IN ('DOMESTIC', 'INTERNATIONAL')),
    vaccination_record_id     BIGINT        NOT NULL REFERENCES vaccination_record (id),
    dose_number               INTEGER       NOT NULL,
    doses_in_series           INTEGER       NOT NULL,
    signer_kid                VARCHAR(24)   NOT NULL,
    issued_at                 TIMESTAMP     NOT NULL,
    expires_at                TIMESTAMP     NOT NULL,
    content_hash              VARCHAR(64)   NOT NULL,
    certificate_sealed        VARCHAR(2000) NOT NULL,
    ledger_salt               VARCHAR(64)   NOT NULL,
    ledger_index              BIGINT        NOT NULL,
    checkpoint_size           BIGINT        NOT NULL,
    revoked_at                TIMESTAMP,
    revocation_reason         VARCHAR(200),
    revoked_by                VARCHAR(80),
    revocation_salt           VARCHAR(64),
    revocation_ledger_index   BIGINT,
    CHECK (checkpoint_size > ledger_index)
);

CREATE INDEX issued_certificate_citizen ON issued_certificate (citizen_id, kind, issued_at);
