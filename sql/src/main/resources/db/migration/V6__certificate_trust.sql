-- Document Signer Certificates of other issuers, imported by operators from trust lists
-- (EU DCC gateway shape), so their certificates verify here: mutual recognition.
CREATE TABLE foreign_signer (
    key_id          VARCHAR(24)    NOT NULL PRIMARY KEY,  -- base64 of the first 8 bytes of SHA-256(DER)
    country         VARCHAR(2)     NOT NULL,
    certificate_der VARCHAR(8000)  NOT NULL,              -- base64 DER
    imported_at     TIMESTAMP      NOT NULL,
    imported_by     VARCHAR(80)    NOT NULL
);
