package io.anshim.certificate;

/** Fired when an operator revokes a certificate; observers act once the revocation is committed. */
public record CertificateRevoked(String uvci) {}
