package io.anshim.identity;

import java.time.LocalDate;

/**
 * A citizen signed in, with what never changes of them and other capabilities keep on the node (the
 * birth date and the keyed hash of the resident number): fired in the sign-in's transaction, for
 * observers after it commits. Nothing here leaves the server.
 */
public record CitizenSignedIn(long citizenId, LocalDate birthDate, String residentNumberHash) {}
