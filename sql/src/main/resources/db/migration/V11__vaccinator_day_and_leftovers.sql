-- The vaccinator's day and leftover doses (issue 5): bans after a leftover no-show, the
-- vaccinators' audit trail, and one leftover offer per center, vaccine and day.
-- Portable SQL: the same file runs on H2 2.x (default) and PostgreSQL 15.

-- A vaccinator adds to today's offer of a vaccine instead of posting a second one.
CREATE UNIQUE INDEX leftover_offer_one_a_day ON leftover_offer (center_id, vaccine_code, offer_date);

CREATE SEQUENCE leftover_ban_seq START WITH 1 INCREMENT BY 50;

-- A person who did not come for a leftover dose may not take another one until banned_until.
CREATE TABLE leftover_ban (
    id            BIGINT     NOT NULL PRIMARY KEY,
    citizen_id    BIGINT     NOT NULL REFERENCES citizen (id),
    booking_id    BIGINT     NOT NULL UNIQUE REFERENCES booking (id),
    banned_at     TIMESTAMP  NOT NULL,
    banned_until  TIMESTAMP  NOT NULL,
    CHECK (banned_until > banned_at)
);
CREATE INDEX leftover_ban_citizen_idx ON leftover_ban (citizen_id, banned_until);

CREATE SEQUENCE vaccinator_action_seq START WITH 1 INCREMENT BY 50;

-- Who did what at a center: doses recorded, no-shows, leftover doses posted and withdrawn.
CREATE TABLE vaccinator_action (
    id           BIGINT        NOT NULL PRIMARY KEY,
    acted_at     TIMESTAMP     NOT NULL,
    username     VARCHAR(80)   NOT NULL,
    center_id    BIGINT        NOT NULL REFERENCES vaccination_center (id),
    action       VARCHAR(20)   NOT NULL CHECK (action IN ('VACCINATED', 'NO_SHOW', 'LEFTOVER_POSTED', 'LEFTOVER_WITHDRAWN')),
    booking_id   BIGINT        REFERENCES booking (id),
    offer_id     BIGINT        REFERENCES leftover_offer (id),
    detail       VARCHAR(200)  NOT NULL
);
CREATE INDEX vaccinator_action_center_idx ON vaccinator_action (center_id, acted_at);
