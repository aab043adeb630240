-- Regions, vaccines, vaccination centers and staff accounts.
-- Portable SQL: the same file runs on H2 2.x (default) and PostgreSQL 15.

CREATE TABLE province (
    code        VARCHAR(2)   NOT NULL PRIMARY KEY,
    name_ko     VARCHAR(40)  NOT NULL,
    name_en     VARCHAR(60)  NOT NULL,
    sort_order  INTEGER      NOT NULL
);

CREATE TABLE district (
    code           VARCHAR(5)   NOT NULL PRIMARY KEY,
    province_code  VARCHAR(2)   NOT NULL REFERENCES province (code),
    name_ko        VARCHAR(40)  NOT NULL,
    name_en        VARCHAR(60)  NOT NULL
);
CREATE INDEX district_province_idx ON district (province_code);

CREATE TABLE vaccine (
    code                VARCHAR(20)  NOT NULL PRIMARY KEY,
    name_ko             VARCHAR(60)  NOT NULL,
    name_en             VARCHAR(60)  NOT NULL,
    -- EU DCC value-set codes (vaccine-medicinal-product, vaccine-mah-manf, vaccine-prophylaxis)
    dcc_product         VARCHAR(40)  NOT NULL,
    dcc_manufacturer    VARCHAR(40)  NOT NULL,
    dcc_prophylaxis     VARCHAR(40)  NOT NULL,
    dose_count          INTEGER      NOT NULL CHECK (dose_count BETWEEN 1 AND 3),
    -- days from one dose to the next; NULL for a single-dose vaccine
    min_interval_days   INTEGER,
    max_interval_days   INTEGER,
    CHECK (min_interval_days IS NULL OR max_interval_days >= min_interval_days)
);

CREATE SEQUENCE vaccination_center_seq START WITH 10000 INCREMENT BY 50;

CREATE TABLE vaccination_center (
    id             BIGINT        NOT NULL PRIMARY KEY,
    district_code  VARCHAR(5)    NOT NULL REFERENCES district (code),
    name_ko        VARCHAR(100)  NOT NULL,
    name_en        VARCHAR(140)  NOT NULL,
    address_ko     VARCHAR(200)  NOT NULL,
    address_en     VARCHAR(240)  NOT NULL,
    phone          VARCHAR(20),
    latitude       DECIMAL(9,6)  NOT NULL CHECK (latitude BETWEEN 33.0 AND 39.0),
    longitude      DECIMAL(9,6)  NOT NULL CHECK (longitude BETWEEN 124.0 AND 132.0),
    version        BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX vaccination_center_district_idx ON vaccination_center (district_code);

CREATE TABLE center_vaccine (
    center_id     BIGINT       NOT NULL REFERENCES vaccination_center (id),
    vaccine_code  VARCHAR(20)  NOT NULL REFERENCES vaccine (code),
    PRIMARY KEY (center_id, vaccine_code)
);

CREATE SEQUENCE staff_account_seq START WITH 10000 INCREMENT BY 50;

-- Staff sign in through the Elytron jdbc-realm "AnshimStaffRealm" (wildfly-config/cli/security.cli):
-- password_hash is a bcrypt string in modular-crypt form ($2a$...), role is one of
-- VACCINATOR, BUSINESS, INVESTIGATOR, OPERATOR.
CREATE TABLE staff_account (
    id             BIGINT        NOT NULL PRIMARY KEY,
    username       VARCHAR(80)   NOT NULL UNIQUE,
    password_hash  VARCHAR(100)  NOT NULL,
    role           VARCHAR(20)   NOT NULL CHECK (role IN ('VACCINATOR', 'BUSINESS', 'INVESTIGATOR', 'OPERATOR')),
    display_name   VARCHAR(100)  NOT NULL,
    center_id      BIGINT        REFERENCES vaccination_center (id),
    enabled        BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMP     NOT NULL,
    CHECK (role <> 'VACCINATOR' OR center_id IS NOT NULL)
);
