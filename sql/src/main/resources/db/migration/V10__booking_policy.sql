-- Booking policy (issue 5): booking windows per cohort with the optional 10-part rotation and proxy
-- rules, priority-group membership, the audit of operators' changes and of proxy decisions.
-- Portable SQL: the same file runs on H2 2.x (default) and PostgreSQL 15.
-- Times are UTC instants (hibernate.jdbc.time_zone=UTC); rotation times of day and days are
-- Korea time (Asia/Seoul), as the operator sets them.

CREATE SEQUENCE booking_window_seq START WITH 1000 INCREMENT BY 50;

-- A cohort (birth years from/to, or a priority group: exactly one) and when it may book.
-- proxy_relationships and vaccine_codes are comma-separated codes ('' = none / all vaccines).
CREATE TABLE booking_window (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    name_ko               VARCHAR(100)  NOT NULL,
    name_en               VARCHAR(140)  NOT NULL,
    born_from_year        INTEGER,
    born_to_year          INTEGER,
    priority_group        VARCHAR(30),
    opens_at              TIMESTAMP     NOT NULL,
    closes_at             TIMESTAMP     NOT NULL,
    rotation_first_day    DATE,
    rotation_first_digit  INTEGER,
    rotation_opens_at     TIME,
    rotation_closes_at    TIME,
    catch_up_first_day    DATE,
    catch_up_last_day     DATE,
    proxy_allowed         BOOLEAN       NOT NULL DEFAULT FALSE,
    proxy_relationships   VARCHAR(200)  NOT NULL DEFAULT '',
    vaccine_codes         VARCHAR(200)  NOT NULL DEFAULT '',
    created_at            TIMESTAMP     NOT NULL,
    updated_at            TIMESTAMP     NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CHECK ((born_from_year IS NULL) = (born_to_year IS NULL)),
    CHECK ((born_from_year IS NULL) <> (priority_group IS NULL)),
    CHECK (born_from_year IS NULL OR born_from_year <= born_to_year),
    CHECK (closes_at > opens_at),
    CHECK (rotation_first_digit IS NULL OR rotation_first_digit BETWEEN 0 AND 9)
);
CREATE INDEX booking_window_years_idx ON booking_window (born_from_year, born_to_year);
CREATE INDEX booking_window_group_idx ON booking_window (priority_group);

CREATE SEQUENCE priority_group_member_seq START WITH 1 INCREMENT BY 50;

-- A person in a priority group, known only by the keyed hash of their resident number (the same
-- HMAC as citizen.resident_number_hash), so they are found whether or not they signed in yet.
CREATE TABLE priority_group_member (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    group_code            VARCHAR(30)  NOT NULL,
    resident_number_hash  VARCHAR(64)  NOT NULL,
    added_by              VARCHAR(80)  NOT NULL,
    added_at              TIMESTAMP    NOT NULL,
    UNIQUE (group_code, resident_number_hash)
);
CREATE INDEX priority_group_member_hash_idx ON priority_group_member (resident_number_hash);

CREATE SEQUENCE booking_policy_change_seq START WITH 1 INCREMENT BY 50;

-- Every change an operator made to windows or groups: who, when, what. Append-only.
CREATE TABLE booking_policy_change (
    id          BIGINT         NOT NULL PRIMARY KEY,
    changed_by  VARCHAR(80)    NOT NULL,
    changed_at  TIMESTAMP      NOT NULL,
    action      VARCHAR(20)    NOT NULL CHECK (action IN ('WINDOW_CREATED', 'WINDOW_CHANGED', 'WINDOW_DELETED', 'MEMBER_ADDED')),
    window_id   BIGINT,
    group_code  VARCHAR(30),
    details     VARCHAR(2000)  NOT NULL
);
CREATE INDEX booking_policy_change_time_idx ON booking_policy_change (changed_at);

CREATE SEQUENCE proxy_decision_seq START WITH 1 INCREMENT BY 50;

-- Every decision on booking for someone else, granted or refused. Append-only. No foreign keys on
-- purpose: it is written in its own transaction while the caller's may hold the citizen row.
CREATE TABLE proxy_decision (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    booker_citizen_id  BIGINT        NOT NULL,
    person_citizen_id  BIGINT        NOT NULL,
    relationship       VARCHAR(30),
    granted            BOOLEAN       NOT NULL,
    reason             VARCHAR(80)   NOT NULL,
    window_id          BIGINT,
    decided_at         TIMESTAMP     NOT NULL
);
CREATE INDEX proxy_decision_time_idx ON proxy_decision (decided_at);

-- Demo windows. Birth years 1900-1905 are left out on purpose: the policy ITs create their own
-- windows for them. Everyone else of age (born 1906-2008, so every random IT person born 1960-1999)
-- may book from 2026 to 2027 without rotation; the second window shows the 10-part rotation, for
-- those who come of age in 2027 (born 2009): 8 to 17 January 2027 from 20:00 to 18:00 the next
-- day by the last digit of the birth day (first digit 9), then a catch-up to 30 January.
INSERT INTO booking_window (id, name_ko, name_en, born_from_year, born_to_year, priority_group,
    opens_at, closes_at, rotation_first_day, rotation_first_digit, rotation_opens_at,
    rotation_closes_at, catch_up_first_day, catch_up_last_day, proxy_allowed, proxy_relationships,
    vaccine_codes, created_at, updated_at, version)
VALUES (1, '성인 전체 (1906~2008년생)', 'All adults (born 1906-2008)', 1906, 2008, NULL,
    TIMESTAMP '2025-12-31 15:00:00', TIMESTAMP '2027-12-31 15:00:00', NULL, NULL, NULL,
    NULL, NULL, NULL, FALSE, '', '', TIMESTAMP '2026-01-01 00:00:00',
    TIMESTAMP '2026-01-01 00:00:00', 0);
INSERT INTO booking_window (id, name_ko, name_en, born_from_year, born_to_year, priority_group,
    opens_at, closes_at, rotation_first_day, rotation_first_digit, rotation_opens_at,
    rotation_closes_at, catch_up_first_day, catch_up_last_day, proxy_allowed, proxy_relationships,
    vaccine_codes, created_at, updated_at, version)
VALUES (2, '2009년생 (10부제)', 'Born 2009 (10-part rotation)', 2009, 2009, NULL,
    TIMESTAMP '2027-01-08 11:00:00', TIMESTAMP '2027-01-31 09:00:00', DATE '2027-01-08', 9,
    TIME '20:00:00', TIME '18:00:00', DATE '2027-01-18', DATE '2027-01-30', FALSE, '',
    'PFIZER,MODERNA', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00', 0);
