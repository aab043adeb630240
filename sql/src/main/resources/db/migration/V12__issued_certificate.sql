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

-- Partner apps (the role Kakao, Naver, Toss and PASS played): a registered client (OAuth 2 client
-- credentials; only a SHA-256 of its random secret is kept), a citizen's consent to one client
-- (the one-time grant code the citizen hands to the app is kept as SHA-256 only), and every fetch
-- of a certificate under a consent, for the citizen to see.
CREATE TABLE partner_client (
    client_id       VARCHAR(40)   NOT NULL PRIMARY KEY,
    name            VARCHAR(100)  NOT NULL,
    secret_hash     VARCHAR(64)   NOT NULL,
    registered_at   TIMESTAMP     NOT NULL,
    registered_by   VARCHAR(80)   NOT NULL
);

CREATE TABLE partner_consent (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    citizen_id      BIGINT        NOT NULL REFERENCES citizen (id),
    client_id       VARCHAR(40)   NOT NULL REFERENCES partner_client (client_id),
    grant_hash      VARCHAR(64)   NOT NULL UNIQUE,
    granted_at      TIMESTAMP     NOT NULL,
    withdrawn_at    TIMESTAMP
);

CREATE INDEX partner_consent_citizen ON partner_consent (citizen_id, granted_at);

CREATE TABLE partner_fetch (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    consent_id      VARCHAR(36)   NOT NULL REFERENCES partner_consent (id),
    fetched_at      TIMESTAMP     NOT NULL,
    uvci            VARCHAR(60)
);

CREATE INDEX partner_fetch_consent ON partner_fetch (consent_id, fetched_at);
