package io.anshim.certificate.issuance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.anshim.certificate.hcert.CoseSign1;
import io.anshim.certificate.hcert.CwtClaims;
import io.anshim.certificate.hcert.Hcert;
import io.anshim.certificate.signing.DocumentSigner;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes a signed DCC vaccination certificate: payload (schema 1.3.0), CWT claims, COSE_Sign1 with
 * ES256, zlib, Base45, "HC1:". One certificate states the latest dose, as the DCC requires a single
 * vaccination entry.
 */
public final class VaccinationCertificateIssuer {

  public static final String SCHEMA_VERSION = "1.3.0";
  public static final String COUNTRY = "KR";

  /** SNOMED CT for COVID-19, the disease targeted (value set disease-agent-targeted). */
  public static final String COVID_19 = "840539006";

  public static final Duration LIFETIME = Duration.ofDays(365);

  private final String issuerName;

  /**
   * @param issuerName the "is" field, e.g. "Korea Disease Control and Prevention Agency"
   */
  public VaccinationCertificateIssuer(String issuerName) {
    Objects.requireNonNull(issuerName, "issuerName");
    if (issuerName.isBlank() || issuerName.length() > 80) {
      throw new IllegalArgumentException("the issuer name has 1 to 80 characters");
    }
    this.issuerName = issuerName;
  }

  public IssuedCertificate issue(
      CertificateHolder holder, VaccinationDose dose, DocumentSigner signer, Instant issuedAt) {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(dose, "dose");
    Objects.requireNonNull(signer, "signer");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Uvci identifier = Uvci.generate();
    Instant expiresAt = issuedAt.plus(LIFETIME);
    CwtClaims claims =
        CwtClaims.of(
            COUNTRY,
            issuedAt,
            expiresAt,
            payload(holder, dose, identifier),
            holder.passportNumber());
    CoseSign1 message =
        CoseSign1.sign(
            signer.algorithm(),
            signer.certificate().keyId().bytes(),
            claims.encode(),
            signer::sign);
    return new IssuedCertificate(
        Hcert.encode(message), identifier, signer.certificate().keyId(), issuedAt, expiresAt);
  }

  /** The DCC JSON payload; the passport number is not in it (see {@link CwtClaims}). */
  JsonNode payload(CertificateHolder holder, VaccinationDose dose, Uvci identifier) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode name = json.objectNode();
    name.put("fn", holder.familyName());
    name.put("fnt", holder.familyNameLatin().value());
    if (!holder.givenName().isBlank()) {
      name.put("gn", holder.givenName());
    }
    Optional<IcaoName> givenLatin = holder.givenNameLatin();
    givenLatin.ifPresent(g -> name.put("gnt", g.value()));
    ObjectNode vaccination = json.objectNode();
    vaccination.put("tg", COVID_19);
    vaccination.put("vp", dose.prophylaxis());
    vaccination.put("mp", dose.product());
    vaccination.put("ma", dose.manufacturer());
    vaccination.put("dn", dose.doseNumber());
    vaccination.put("sd", dose.totalDoses());
    vaccination.put("dt", dose.date().toString());
    vaccination.put("co", COUNTRY);
    vaccination.put("is", issuerName);
    vaccination.put("ci", identifier.value());
    ObjectNode dcc = json.objectNode();
    dcc.put("ver", SCHEMA_VERSION);
    dcc.set("nam", name);
    dcc.put("dob", holder.dateOfBirth().toString());
    dcc.putArray("v").add(vaccination);
    return dcc;
  }
}
