-- The Merkle-chain ledger (ledger-module, io.anshim.ledger.store).
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15. Hashes and leaf data are lowercase
-- hex (VARCHAR(64)) because no binary column type is common to both; times are epoch milliseconds.

-- One row per appended entry; entry_index is the position in the log, from 0, without gaps.
-- leaf_key is the first 8 bytes of the RFC 9162 leaf hash, for finding an entry by its leaf hash
-- (a BIGINT index is far cheaper to maintain than one on 64 hex characters).
CREATE TABLE ledger_entry (
    entry_index     BIGINT       NOT NULL PRIMARY KEY,
    leaf_data       VARCHAR(64)  NOT NULL,
    leaf_key        BIGINT       NOT NULL,
    kind            INTEGER      NOT NULL,
    appended_at_ms  BIGINT       NOT NULL
);
CREATE INDEX ledger_entry_leaf_key_idx ON ledger_entry (leaf_key);

-- The hash of every complete subtree, leaves included, keyed by its in-order node number
-- (leaf i = 2i; level l, index i = i*2^(l+1) + 2^l - 1), so a proof's hashes are one primary-key lookup.
CREATE TABLE ledger_node (
    node_id  BIGINT       NOT NULL PRIMARY KEY,
    hash     VARCHAR(64)  NOT NULL
);

-- Every signed checkpoint, kept for good; the largest tree_size is the committed size of the log.
CREATE TABLE ledger_checkpoint (
    tree_size      BIGINT         NOT NULL PRIMARY KEY,
    root_hash      VARCHAR(64)    NOT NULL,
    signed_note    VARCHAR(4000)  NOT NULL,
    created_at_ms  BIGINT         NOT NULL
);

CREATE SEQUENCE ledger_cosignature_seq START WITH 1 INCREMENT BY 50;

-- Witness cosignatures (c2sp.org/tlog-cosignature), verified against a configured witness key on receipt.
CREATE TABLE ledger_cosignature (
    id              BIGINT         NOT NULL PRIMARY KEY,
    tree_size       BIGINT         NOT NULL REFERENCES ledger_checkpoint (tree_size),
    witness_key     VARCHAR(300)   NOT NULL,
    signature_line  VARCHAR(1000)  NOT NULL,
    cosigned_at     BIGINT         NOT NULL,
    received_at_ms  BIGINT         NOT NULL,
    CONSTRAINT ledger_cosignature_once UNIQUE (tree_size, witness_key)
);
