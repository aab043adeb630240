package io.anshim.certificate.verification;

import java.util.Optional;

/** The holder's name as the certificate states it, in national and in ICAO Latin form. */
public record HolderName(
    Optional<String> familyName,
    Optional<String> givenName,
    String familyNameLatin,
    Optional<String> givenNameLatin) {}
