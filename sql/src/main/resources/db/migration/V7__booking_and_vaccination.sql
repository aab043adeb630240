-- Booking slots, bookings, leftover doses and vaccination records (issue 5).
-- Portable SQL: the same file runs on H2 2.x (default) and PostgreSQL 15.
-- Capacity is enforced here, not in a cache: a slot's booked count never exceeds its capacity
-- (CHECK), and services take a place with one conditional UPDATE (booked < capacity).

-- How many people one 30-minute slot of a center takes, unless the operator set a slot otherwise.
ALTER TABLE vaccination_center ADD COLUMN doses_per_slot INTEGER NOT NULL DEFAULT 20 CHECK (doses_per_slot BETWEEN 0 AND 1000);

CREATE SEQUENCE booking_slot_seq START WITH 1 INCREMENT BY 50;

-- One row per center, day and start time; rows are created when first needed.
CREATE TABLE booking_slot (
    id          BIGINT    NOT NULL PRIMARY KEY,
    center_id   BIGINT    NOT NULL REFERENCES vaccination_center (id),
    slot_date   DATE      NOT NULL,
    starts_at   TIME      NOT NULL,
    capacity    INTEGER   NOT NULL CHECK (capacity >= 0),
    booked      INTEGER   NOT NULL DEFAULT 0,
    CHECK (booked >= 0 AND booked <= capacity),
    UNIQUE (center_id, slot_date, starts_at)
);

CREATE SEQUENCE leftover_offer_seq START WITH 1 INCREMENT BY 50;

-- Doses left over today at a center, posted by its vaccinator, taken first come.
CREATE TABLE leftover_offer (
    id            BIGINT       NOT NULL PRIMARY KEY,
    center_id     BIGINT       NOT NULL REFERENCES vaccination_center (id),
    vaccine_code  VARCHAR(20)  NOT NULL REFERENCES vaccine (code),
    offer_date    DATE         NOT NULL,
    posted        INTEGER      NOT NULL CHECK (posted >= 0),
    taken         INTEGER      NOT NULL DEFAULT 0,
    posted_by     VARCHAR(80)  NOT NULL,
    posted_at     TIMESTAMP    NOT NULL,
    CHECK (taken >= 0 AND taken <= posted)
);
CREATE INDEX leftover_offer_day_idx ON leftover_offer (offer_date, center_id);

CREATE SEQUENCE booking_seq START WITH 1 INCREMENT BY 50;

-- A booked dose. Dose 2 points at dose 1 of the same course. active_dose equals dose_number while
-- the booking is BOOKED and is NULL otherwise, so the unique key allows one active booking per
-- person and dose on both databases (NULLs never collide).
CREATE TABLE booking (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    citizen_id            BIGINT       NOT NULL REFERENCES citizen (id),
    booked_by_citizen_id  BIGINT       NOT NULL REFERENCES citizen (id),
    proxy_relationship    VARCHAR(30),
    center_id             BIGINT       NOT NULL REFERENCES vaccination_center (id),
    vaccine_code          VARCHAR(20)  NOT NULL REFERENCES vaccine (code),
    dose_number           INTEGER      NOT NULL CHECK (dose_number BETWEEN 1 AND 3),
    slot_id               BIGINT       REFERENCES booking_slot (id),
    leftover_offer_id     BIGINT       REFERENCES leftover_offer (id),
    first_dose_id         BIGINT       REFERENCES booking (id),
    appointment_at        TIMESTAMP    NOT NULL,
    status                VARCHAR(12)  NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED', 'VACCINATED', 'NO_SHOW')),
    active_dose           INTEGER,
    created_at            TIMESTAMP    NOT NULL,
    updated_at            TIMESTAMP    NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CHECK ((slot_id IS NULL) <> (leftover_offer_id IS NULL)),
    CHECK ((status = 'BOOKED' AND active_dose = dose_number) OR (status <> 'BOOKED' AND active_dose IS NULL)),
    CHECK (booked_by_citizen_id = citizen_id OR proxy_relationship IS NOT NULL),
    UNIQUE (citizen_id, active_dose)
);
CREATE INDEX booking_citizen_idx ON booking (citizen_id, created_at);
CREATE INDEX booking_center_day_idx ON booking (center_id, appointment_at);

CREATE SEQUENCE vaccination_record_seq START WITH 1 INCREMENT BY 50;

-- A dose given: what the certificate issue builds on. One record per person and dose number.
CREATE TABLE vaccination_record (
    id               BIGINT       NOT NULL PRIMARY KEY,
    citizen_id       BIGINT       NOT NULL REFERENCES citizen (id),
    booking_id       BIGINT       REFERENCES booking (id),
    center_id        BIGINT       NOT NULL REFERENCES vaccination_center (id),
    vaccine_code     VARCHAR(20)  NOT NULL REFERENCES vaccine (code),
    lot_number       VARCHAR(40)  NOT NULL,
    dose_number      INTEGER      NOT NULL CHECK (dose_number BETWEEN 1 AND 3),
    doses_in_series  INTEGER      NOT NULL CHECK (doses_in_series BETWEEN 1 AND 3),
    vaccinated_at    TIMESTAMP    NOT NULL,
    recorded_by      VARCHAR(80)  NOT NULL,
    recorded_at      TIMESTAMP    NOT NULL,
    CHECK (dose_number <= doses_in_series),
    UNIQUE (citizen_id, dose_number)
);
CREATE INDEX vaccination_record_center_idx ON vaccination_record (center_id, vaccinated_at);
