package io.anshim.identity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** What a citizen sees of themselves. The resident number only ever masked (900101-1******). */
public record CitizenProfile(
    long id,
    String name,
    String maskedResidentNumber,
    LocalDate birthDate,
    String mobile,
    Instant registeredAt)
    implements Serializable {}
