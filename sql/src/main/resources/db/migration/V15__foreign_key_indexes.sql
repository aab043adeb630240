-- An index for each foreign key that is looked up or whose referenced rows may be deleted.
-- PostgreSQL makes none for a foreign key (H2 does), so "my bookings" (by booker), cancelling dose 1
-- (its follow-up) and every delete of a referenced row read the whole referencing table there.
-- Left without: references to the vaccine list and a booking's slot or leftover offer, which are
-- never deleted and never searched by (ForeignKeyIndexTest names them). Portable SQL (H2 2.x and
-- PostgreSQL 15).
CREATE INDEX booking_booker_idx ON booking (booked_by_citizen_id);
CREATE INDEX booking_first_dose_idx ON booking (first_dose_id);
CREATE INDEX issued_certificate_record_idx ON issued_certificate (vaccination_record_id);
CREATE INDEX partner_consent_client_idx ON partner_consent (client_id);
CREATE INDEX staff_account_center_idx ON staff_account (center_id);
CREATE INDEX vaccination_record_booking_idx ON vaccination_record (booking_id);
CREATE INDEX vaccinator_action_booking_idx ON vaccinator_action (booking_id);
CREATE INDEX vaccinator_action_offer_idx ON vaccinator_action (offer_id);
