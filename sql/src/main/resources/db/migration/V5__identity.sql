-- Citizens, identity verifications, citizen sessions and the SMS outbox (issue 4).
-- Portable SQL: the same file runs on H2 2.x (default) and PostgreSQL 15.
-- No column holds a resident number, name or mobile number in clear: *_hash columns are
-- HMAC-SHA-256 (hex) with a server secret, *_sealed columns are AES-256-GCM (key id, IV, cipher
-- text and tag, Base64). The keys live in the server's data folder, never in the database.

CREATE SEQUENCE citizen_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE citizen (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    resident_number_hash    VARCHAR(64)   NOT NULL UNIQUE,
    resident_number_sealed  VARCHAR(200)  NOT NULL,
    name_sealed             VARCHAR(300)  NOT NULL,
    mobile_sealed           VARCHAR(200)  NOT NULL,
    -- in clear on purpose: the 10-part booking rotation selects by the birth date's last digit
    birth_date              DATE          NOT NULL,
    registered_at           TIMESTAMP     NOT NULL,
    last_signed_in_at       TIMESTAMP,
    version                 BIGINT        NOT NULL DEFAULT 0
);

CREATE TABLE identity_verification (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    provider_id       VARCHAR(20)   NOT NULL,
    subject_hash      VARCHAR(64)   NOT NULL,
    applicant_sealed  VARCHAR(600)  NOT NULL,
    response_hash     VARCHAR(64)   NOT NULL,
    client_address    VARCHAR(45)   NOT NULL,
    state             VARCHAR(10)   NOT NULL CHECK (state IN ('PENDING', 'VERIFIED', 'USED', 'EXPIRED', 'EXHAUSTED')),
    failed_attempts   INTEGER       NOT NULL DEFAULT 0,
    started_at        TIMESTAMP     NOT NULL,
    expires_at        TIMESTAMP     NOT NULL,
    verified_at       TIMESTAMP,
    locked_until      TIMESTAMP
);
CREATE INDEX identity_verification_subject_idx ON identity_verification (subject_hash, started_at);
CREATE INDEX identity_verification_address_idx ON identity_verification (client_address, started_at);

CREATE TABLE citizen_session (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    citizen_id      BIGINT        NOT NULL REFERENCES citizen (id),
    provider_id     VARCHAR(20)   NOT NULL,
    user_agent      VARCHAR(200)  NOT NULL,
    client_address  VARCHAR(45)   NOT NULL,
    started_at      TIMESTAMP     NOT NULL,
    last_seen_at    TIMESTAMP     NOT NULL,
    ended_at        TIMESTAMP,
    end_reason      VARCHAR(25)   CHECK (end_reason IN ('SIGNED_OUT', 'SIGNED_IN_ELSEWHERE', 'SIGNED_OUT_EVERYWHERE', 'EXPIRED'))
);
CREATE INDEX citizen_session_citizen_idx ON citizen_session (citizen_id, started_at);

-- Stand-in for an SMS gateway's queue: the demo shows it on /dev/sms-outbox.xhtml.
CREATE SEQUENCE sms_outbox_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE sms_outbox (
    id         BIGINT        NOT NULL PRIMARY KEY,
    reference  VARCHAR(36)   NOT NULL,
    recipient  VARCHAR(20)   NOT NULL,
    sender     VARCHAR(20)   NOT NULL,
    text       VARCHAR(500)  NOT NULL,
    queued_at  TIMESTAMP     NOT NULL
);
CREATE INDEX sms_outbox_reference_idx ON sms_outbox (reference);

-- Business owners who registered themselves (email as user name, checked business number); their
-- staff_account row (role BUSINESS) is what the Elytron realm checks at sign-in.
CREATE TABLE business_owner (
    staff_account_id  BIGINT       NOT NULL PRIMARY KEY REFERENCES staff_account (id),
    business_number   VARCHAR(10)  NOT NULL UNIQUE,
    business_name     VARCHAR(100) NOT NULL
);
