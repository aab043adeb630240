package io.anshim.certificate.verification;

/** One vaccination statement of a certificate, with the DCC value-set codes as they are. */
public record VaccinationEntry(
    String disease,
    String prophylaxis,
    String product,
    String manufacturer,
    int doseNumber,
    int totalDoses,
    String date,
    String country,
    String issuer,
    String certificateId) {}
