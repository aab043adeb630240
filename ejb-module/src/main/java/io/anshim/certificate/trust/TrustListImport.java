package io.anshim.certificate.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Another issuer's trust list, uploaded by an operator in the EU DCC gateway's shape: an array of
 * {kid, country, certificateType, rawData, signature, thumbprint, timestamp}. Each entry is checked
 * on its own; good ones are accepted, bad ones reported with the reason, and nothing in the file
 * can make this throw. The gateway's CMS "signature" is not checked: the operator's upload is the
 * act of trust (we hold no uploader certificates).
 */
public record TrustListImport(List<SignerCertificate> accepted, List<Rejection> rejected) {

  /** Refuses files far larger than any real trust list (the EU's has a few thousand DSCs). */
  public static final int MAX_CHARACTERS = 20 * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An entry not taken, by its position in the file, with what is wrong with it. */
  public record Rejection(int index, Optional<String> kid, String reason) {}

  public TrustListImport {
    accepted = List.copyOf(accepted);
    rejected = List.copyOf(rejected);
  }

  public static TrustListImport read(String json) {
    if (json == null || json.length() > MAX_CHARACTERS) {
      return whole("no trust list, or larger than " + MAX_CHARACTERS + " characters");
    }
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (Exception e) {
      return whole("not JSON");
    }
    if (root == null || !root.isArray()) {
      return whole("not a JSON array of trust-list entries");
    }
    List<SignerCertificate> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode entry = root.get(i);
      Optional<String> kid = text(entry, "kid");
      try {
        accepted.add(entry(entry));
      } catch (IllegalArgumentException e) {
        rejected.add(new Rejection(i, kid, e.getMessage()));
      }
    }
    return new TrustListImport(accepted, rejected);
  }

  private static SignerCertificate entry(JsonNode entry) {
    if (!entry.isObject()) {
      throw new IllegalArgumentException("not an object");
    }
    String type = text(entry, "certificateType").orElse("");
    if (!"DSC".equals(type)) {
      throw new IllegalArgumentException("certificateType is not DSC: " + type);
    }
    String kid = text(entry, "kid").orElseThrow(() -> new IllegalArgumentException("no kid"));
    String rawData =
        text(entry, "rawData").orElseThrow(() -> new IllegalArgumentException("no rawData"));
    byte[] der;
    KeyId claimed;
    try {
      der = Base64.getDecoder().decode(rawData.strip());
      claimed = KeyId.parseBase64(kid);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("malformed base64 in kid or rawData");
    }
    SignerCertificate signer = SignerCertificate.fromDer(der);
    if (!signer.keyId().equals(claimed)) {
      throw new IllegalArgumentException(
          "kid " + kid + " is not the certificate's (" + signer.keyId() + ")");
    }
    Optional<String> thumbprint = text(entry, "thumbprint");
    if (thumbprint.isPresent()
        && !thumbprint.get().equalsIgnoreCase(PublishedTrustList.thumbprint(der))) {
      throw new IllegalArgumentException("thumbprint does not match the certificate");
    }
    Optional<String> country = text(entry, "country");
    if (country.isPresent()
        && signer.country().isPresent()
        && !country.get().equalsIgnoreCase(signer.country().get())) {
      throw new IllegalArgumentException(
          "country " + country.get() + " is not the certificate's " + signer.country().get());
    }
    return signer;
  }

  private static TrustListImport whole(String reason) {
    return new TrustListImport(List.of(), List.of(new Rejection(-1, Optional.empty(), reason)));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  public TrustList addTo(TrustList trustList) {
    Objects.requireNonNull(trustList, "trustList");
    return trustList.with(accepted);
  }
}
