-- The demo window for all adults (V10) closed at the end of 2027, after which every booking would
-- be refused: it now stays open to the end of 2099 (Korea time). Portable SQL (H2 2.x and
-- PostgreSQL 15).
UPDATE booking_window SET closes_at = TIMESTAMP '2099-12-31 15:00:00' WHERE id = 1;
