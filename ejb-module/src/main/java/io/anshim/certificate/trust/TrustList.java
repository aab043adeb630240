package io.anshim.certificate.trust;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Document Signer Certificates a verifier trusts, ours and imported ones, found by key id.
 * Immutable, so one instance can serve every verification thread; a change makes a new list.
 */
public final class TrustList {

  private static final TrustList EMPTY = new TrustList(List.of());

  private final List<SignerCertificate> signers;
  private final Map<KeyId, List<SignerCertificate>> byKeyId;

  private TrustList(Collection<SignerCertificate> signers) {
    this.signers = List.copyOf(signers);
    Map<KeyId, List<SignerCertificate>> index = new LinkedHashMap<>();
    for (SignerCertificate signer : this.signers) {
      index.computeIfAbsent(signer.keyId(), k -> new ArrayList<>()).add(signer);
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byKeyId = Map.copyOf(index);
  }

  public static TrustList empty() {
    return EMPTY;
  }

  public static TrustList of(Collection<SignerCertificate> signers) {
    Objects.requireNonNull(signers, "signers");
    return new TrustList(signers.stream().distinct().toList());
  }

  public static TrustList of(SignerCertificate... signers) {
    return of(List.of(signers));
  }

  /** This list with more signers; ones already present are kept once. */
  public TrustList with(Collection<SignerCertificate> more) {
    List<SignerCertificate> all = new ArrayList<>(signers);
    all.addAll(more);
    return of(all);
  }

  /** The candidates for a key id; two certificates may share the 8-byte id, so try each. */
  public List<SignerCertificate> find(KeyId keyId) {
    return byKeyId.getOrDefault(keyId, List.of());
  }

  public List<SignerCertificate> signers() {
    return signers;
  }

  public int size() {
    return signers.size();
  }
}
