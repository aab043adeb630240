package io.anshim.ledger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Objects;

@Stateless
@PermitAll
// the caller's transaction stays open while we wait; the ledger writes in its own
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultLedgerAnchor implements LedgerAnchor {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private Ledger ledger;

  @Override
  public Anchor anchor(EntryKind kind, byte[] canonicalRecord) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(canonicalRecord, "canonicalRecord");
    byte[] salt = Commitment.newSalt(RANDOM);
    Commitment commitment = Commitment.of(kind, salt, canonicalRecord);
    long index = ledger.appendAndWait(kind, commitment.leafData());
    return new Anchor(kind, salt, index, commitment.leafData());
  }
}
