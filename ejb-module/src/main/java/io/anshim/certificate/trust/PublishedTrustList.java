package io.anshim.certificate.trust;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Our DSCs as JSON for other verifiers: the EU DCC gateway's trust-list entry shape (kid, country,
 * certificateType, rawData, thumbprint) plus the validity, so {@link TrustListImport} reads it too.
 * The gateway's per-entry CMS "signature" is left out: it is the uploader's signature towards the
 * gateway, which we are not.
 */
public final class PublishedTrustList {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PublishedTrustList() {}

  public static String toJson(String country, List<SignerCertificate> signers) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(signers, "signers");
    ArrayNode entries = JSON.createArrayNode();
    for (SignerCertificate signer : signers) {
      ObjectNode entry = entries.addObject();
      entry.put("kid", signer.keyId().base64());
      entry.put("country", signer.country().orElse(country));
      entry.put("certificateType", "DSC");
      entry.put("rawData", Base64.getEncoder().encodeToString(signer.der()));
      entry.put("thumbprint", thumbprint(signer.der()));
      entry.put("validFrom", signer.validFrom().toString());
      entry.put("validUntil", signer.validUntil().toString());
    }
    return entries.toString();
  }

  static String thumbprint(byte[] der) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
