package io.anshim.certificate.hcert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The CWT claims (RFC 8392) of a health certificate: issuing country, issued-at, expiry, the DCC
 * payload under hcert (-260) / eu_DCC_v1 (1), and our passport extension.
 */
public record CwtClaims(
    Optional<String> issuer,
    Optional<Instant> issuedAt,
    Optional<Instant> expiresAt,
    CBORObject dcc,
    Optional<String> passportNumber) {

  static final int ISSUER = 1;
  static final int EXPIRES_AT = 4;
  static final int ISSUED_AT = 6;
  static final int HCERT = -260;
  static final int DCC_V1 = 1;

  /**
   * The passport number of the international version, as a private-use CWT claim (keys below -65536
   * are private use in the CWT registry). Outside hcert, so the DCC schema and every standard
   * verifier ignore it, while our verifier can show it.
   */
  public static final int PASSPORT_NUMBER = -70001;

  private static final ObjectMapper JSON = new ObjectMapper();

  public CwtClaims {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(dcc, "dcc");
    Objects.requireNonNull(passportNumber, "passportNumber");
    if (dcc.getType() != CBORType.Map) {
      throw new MalformedHcertException(DecodingStep.CWT, "the DCC is not a map");
    }
  }

  public static CwtClaims parse(byte[] cosePayload) {
    CBORObject claims;
    try {
      claims = CBORObject.DecodeFromBytes(cosePayload);
    } catch (RuntimeException e) {
      throw new MalformedHcertException(DecodingStep.CWT, "the claims are not CBOR", e);
    }
    if (claims.getType() != CBORType.Map) {
      throw new MalformedHcertException(DecodingStep.CWT, "the claims are not a map");
    }
    CBORObject hcert = claims.get(CBORObject.FromObject(HCERT));
    if (hcert == null || hcert.getType() != CBORType.Map) {
      throw new MalformedHcertException(DecodingStep.CWT, "no hcert claim");
    }
    CBORObject dcc = hcert.get(CBORObject.FromObject(DCC_V1));
    if (dcc == null || dcc.getType() != CBORType.Map) {
      throw new MalformedHcertException(DecodingStep.CWT, "no eu_DCC_v1 in hcert");
    }
    CBORObject issuer = claims.get(CBORObject.FromObject(ISSUER));
    CBORObject passport = claims.get(CBORObject.FromObject(PASSPORT_NUMBER));
    return new CwtClaims(
        Optional.ofNullable(issuer)
            .filter(i -> i.getType() == CBORType.TextString)
            .map(CBORObject::AsString),
        time(claims, ISSUED_AT),
        time(claims, EXPIRES_AT),
        dcc,
        Optional.ofNullable(passport)
            .filter(p -> p.getType() == CBORType.TextString)
            .map(CBORObject::AsString));
  }

  /** Claims for our own issuance. */
  public static CwtClaims of(
      String issuer, Instant issuedAt, Instant expiresAt, JsonNode dcc, Optional<String> passport) {
    Objects.requireNonNull(dcc, "dcc");
    return new CwtClaims(
        Optional.of(issuer),
        Optional.of(issuedAt),
        Optional.of(expiresAt),
        CBORObject.FromJSONString(dcc.toString()),
        passport);
  }

  /** The DCC as JSON, the shape the schema and the JSON test vectors use. */
  public JsonNode dccJson() {
    try {
      return JSON.readTree(dcc.ToJSONString());
    } catch (Exception e) {
      throw new MalformedHcertException(DecodingStep.PAYLOAD, "the DCC has no JSON form", e);
    }
  }

  public byte[] encode() {
    CBORObject claims = CBORObject.NewOrderedMap();
    issuer.ifPresent(i -> claims.Add(CBORObject.FromObject(ISSUER), CBORObject.FromObject(i)));
    expiresAt.ifPresent(
        e ->
            claims.Add(
                CBORObject.FromObject(EXPIRES_AT), CBORObject.FromObject(e.getEpochSecond())));
    issuedAt.ifPresent(
        i ->
            claims.Add(
                CBORObject.FromObject(ISSUED_AT), CBORObject.FromObject(i.getEpochSecond())));
    CBORObject hcert = CBORObject.NewMap();
    hcert.Add(CBORObject.FromObject(DCC_V1), dcc);
    claims.Add(CBORObject.FromObject(HCERT), hcert);
    passportNumber.ifPresent(
        p -> claims.Add(CBORObject.FromObject(PASSPORT_NUMBER), CBORObject.FromObject(p)));
    return claims.EncodeToBytes();
  }

  private static Optional<Instant> time(CBORObject claims, int key) {
    CBORObject value = claims.get(CBORObject.FromObject(key));
    if (value == null) {
      return Optional.empty();
    }
    if (value.isTagged()) {
      value = value.UntagOne();
    }
    try {
      if (value.getType() == CBORType.Integer && value.CanValueFitInInt64()) {
        return Optional.of(Instant.ofEpochSecond(value.AsInt64Value()));
      }
      if (value.getType() == CBORType.FloatingPoint && Double.isFinite(value.AsDoubleValue())) {
        return Optional.of(Instant.ofEpochSecond((long) value.AsDoubleValue()));
      }
    } catch (RuntimeException e) {
      throw new MalformedHcertException(DecodingStep.CWT, "claim " + key + " is not a time", e);
    }
    throw new MalformedHcertException(DecodingStep.CWT, "claim " + key + " is not a time");
  }
}
