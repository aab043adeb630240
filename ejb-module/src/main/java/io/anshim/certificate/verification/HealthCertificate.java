package io.anshim.certificate.verification;

import com.fasterxml.jackson.databind.JsonNode;
import io.anshim.certificate.hcert.CertificateType;
import io.anshim.certificate.hcert.CwtClaims;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a decoded certificate says: who, born when, which doses, issued by whom and until when. The
 * date of birth stays text because the DCC allows "1980" or "1980-05" as well as full dates.
 */
public record HealthCertificate(
    Optional<String> issuingCountry,
    Optional<Instant> issuedAt,
    Optional<Instant> expiresAt,
    Optional<CertificateType> type,
    HolderName name,
    String dateOfBirth,
    List<VaccinationEntry> vaccinations,
    Optional<String> passportNumber,
    String payloadJson) {

  public HealthCertificate {
    vaccinations = List.copyOf(vaccinations);
  }

  public static HealthCertificate of(CwtClaims claims) {
    return of(claims, claims.dccJson());
  }

  /** As {@link #of(CwtClaims)}, with the DCC already converted to JSON by the caller. */
  public static HealthCertificate of(CwtClaims claims, JsonNode dcc) {
    JsonNode nam = dcc.path("nam");
    List<VaccinationEntry> vaccinations = new ArrayList<>();
    for (JsonNode v : dcc.path("v")) {
      vaccinations.add(
          new VaccinationEntry(
              v.path("tg").asText(),
              v.path("vp").asText(),
              v.path("mp").asText(),
              v.path("ma").asText(),
              v.path("dn").asInt(),
              v.path("sd").asInt(),
              v.path("dt").asText(),
              v.path("co").asText(),
              v.path("is").asText(),
              v.path("ci").asText()));
    }
    return new HealthCertificate(
        claims.issuer(),
        claims.issuedAt(),
        claims.expiresAt(),
        typeOf(dcc),
        new HolderName(
            text(nam, "fn"), text(nam, "gn"), nam.path("fnt").asText(), text(nam, "gnt")),
        dcc.path("dob").asText(),
        vaccinations,
        claims.passportNumber(),
        dcc.toString());
  }

  /** The one type the payload states; empty when it states none or several. */
  public static Optional<CertificateType> typeOf(JsonNode dcc) {
    List<CertificateType> present = typesIn(dcc);
    return present.size() == 1 ? Optional.of(present.get(0)) : Optional.empty();
  }

  static List<CertificateType> typesIn(JsonNode dcc) {
    List<CertificateType> present = new ArrayList<>();
    for (CertificateType type : CertificateType.values()) {
      if (dcc.path(type.payloadField()).isArray() && dcc.path(type.payloadField()).size() > 0) {
        present.add(type);
      }
    }
    return present;
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}
