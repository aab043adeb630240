package io.anshim.certificate;

import io.anshim.certificate.trust.KeyId;
import io.anshim.certificate.verification.HcertVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The verifier and our own signers' key ids as {@link CertificateTrust} last published them, read
 * on every verification without a call through the singleton EJB (its container lock and
 * interceptors were a tenth of a verification). Only {@link CertificateTrust} publishes.
 */
@ApplicationScoped
public class CurrentTrust {

  /** One consistent pair: a reader never sees a new verifier with the old key ids. */
  record Snapshot(HcertVerifier verifier, Set<KeyId> ourSigners) {
    Snapshot {
      Objects.requireNonNull(verifier, "verifier");
      ourSigners = Set.copyOf(ourSigners);
    }
  }

  private volatile Snapshot snapshot;

  void publish(HcertVerifier verifier, Set<KeyId> ourSigners) {
    snapshot = new Snapshot(verifier, ourSigners);
  }

  /** Empty only before {@link CertificateTrust} has started. */
  Optional<Snapshot> snapshot() {
    return Optional.ofNullable(snapshot);
  }
}
