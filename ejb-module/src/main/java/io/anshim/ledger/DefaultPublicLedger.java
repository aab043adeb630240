package io.anshim.ledger;

import io.anshim.ledger.merkle.ConsistencyProof;
import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.InclusionProof;
import io.anshim.ledger.merkle.MerkleTree;
import io.anshim.ledger.merkle.Subtree;
import io.anshim.ledger.note.Cosignature;
import io.anshim.ledger.note.CosignatureFreshness;
import io.anshim.ledger.note.InvalidNoteException;
import io.anshim.ledger.note.NoteSignature;
import io.anshim.ledger.note.NoteVerifier;
import io.anshim.ledger.note.SignedNote;
import io.anshim.ledger.note.WitnessPolicy;
import io.anshim.ledger.store.JpaLedgerNodes;
import io.anshim.ledger.store.LedgerCheckpoint;
import io.anshim.ledger.store.LedgerEntry;
import io.anshim.ledger.store.LedgerStore;
import io.anshim.ledger.store.WitnessCosignature;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.NotFoundException;
import io.anshim.shared.Page;
import io.anshim.shared.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

@Stateless
@PermitAll
public class DefaultPublicLedger implements PublicLedger {

  // Instant's upper limit, for showing an absurd timestamp
  private static final long MAX_SECONDS = Instant.MAX.getEpochSecond();

  private final Clock clock = Clock.systemUTC();

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  @Inject private LedgerIdentity identity;

  private LedgerStore store() {
    return new LedgerStore(em);
  }

  @Override
  public CheckpointView latestCheckpoint() {
    return view(newest());
  }

  @Override
  public CheckpointView checkpoint(long size) {
    return view(existing(size));
  }

  @Override
  public Page<CheckpointView> checkpoints(int page, int size) {
    PageRequest request = new PageRequest(page, size);
    LedgerStore store = store();
    List<CheckpointView> items =
        store.checkpoints(request.offset(), request.size()).stream().map(this::view).toList();
    return new Page<>(items, request.page(), request.size(), store.checkpointCount());
  }

  @Override
  public LogKeyView key() {
    Optional<WitnessPolicy> witnesses = identity.witnesses();
    return new LogKeyView(
        identity.origin(),
        identity.publicKey().encoded(),
        identity.publicKey().keyIdHex(),
        witnesses.map(w -> w.witnesses().stream().map(Object::toString).toList()).orElse(List.of()),
        witnesses.map(WitnessPolicy::threshold).orElse(0));
  }

  @Override
  public InclusionProofView inclusionProof(long index, OptionalLong treeSize) {
    long size = treeSize(treeSize);
    if (index >= size) {
      throw new InvalidRequestException("error.ledger.indexBeyondSize", index, size);
    }
    LedgerStore store = store();
    InclusionProof proof = store.inclusionProof(index, size);
    // the leaf hash as the tree holds it; a verifier recomputes it from the entry
    Hash leafHash = new JpaLedgerNodes(em, size).hash(new Subtree(0, index));
    return inclusionView(proof, leafHash, size, store);
  }

  @Override
  public InclusionProofView inclusionProof(String leafHash, OptionalLong treeSize) {
    Hash hash = LedgerParameters.hash("leafHash", leafHash);
    long size = treeSize(treeSize);
    LedgerStore store = store();
    long index =
        store
            .indexOfLeaf(hash, size)
            .orElseThrow(() -> new NotFoundException("error.ledger.unknownLeaf", hash.hex(), size));
    return inclusionView(store.inclusionProof(index, size), hash, size, store);
  }

  private InclusionProofView inclusionView(
      InclusionProof proof, Hash leafHash, long size, LedgerStore store) {
    return new InclusionProofView(
        proof.leafIndex(),
        proof.treeSize(),
        leafHash.hex(),
        rootOf(size, store),
        proof.path().stream().map(Hash::hex).toList());
  }

  @Override
  public ConsistencyProofView consistencyProof(long oldSize, OptionalLong treeSize) {
    long size = treeSize(treeSize);
    if (oldSize < 1 || oldSize > size) {
      throw new InvalidRequestException("error.ledger.oldSizeRange", oldSize, size);
    }
    LedgerStore store = store();
    ConsistencyProof proof = store.consistencyProof(oldSize, size);
    return new ConsistencyProofView(
        oldSize,
        size,
        rootOf(oldSize, store),
        rootOf(size, store),
        proof.path().stream().map(Hash::hex).toList());
  }

  @Override
  public EntryView entry(long index) {
    long size = newest().treeSize();
    if (index >= size) {
      throw new NotFoundException("error.ledger.unknownEntry", index, size);
    }
    return store()
        .entry(index)
        .map(DefaultPublicLedger::view)
        .orElseThrow(() -> new NotFoundException("error.ledger.unknownEntry", index, size));
  }

  @Override
  public EntryPage entries(long start, int count) {
    if (count < 1 || count > MAX_ENTRIES) {
      throw new InvalidRequestException("error.ledger.countRange", count, MAX_ENTRIES);
    }
    long size = newest().treeSize();
    int upTo = (int) Math.max(0, Math.min(count, size - start));
    List<EntryView> entries =
        upTo == 0
            ? List.of()
            : store().entries(start, upTo).stream().map(DefaultPublicLedger::view).toList();
    return new EntryPage(start, size, entries);
  }

  @Override
  public CheckpointView cosign(long treeSize, String cosignatureLine) {
    LedgerCheckpoint checkpoint = existing(treeSize);
    String line = cosignatureLine == null ? "" : cosignatureLine.strip();
    NoteSignature signature;
    Cosignature cosignature;
    try {
      signature = SignedNote.parse(checkpoint.body() + "\n" + line + "\n").signatures().get(0);
      cosignature = Cosignature.from(signature);
    } catch (InvalidNoteException | IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new InvalidRequestException("error.ledger.badCosignature", e.getMessage());
    }
    NoteVerifier witness =
        identity.witnesses().stream()
            .flatMap(policy -> policy.witnesses().stream())
            .filter(signature::isBy)
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "error.ledger.unknownWitness", WitnessCosignature.keyOf(signature)));
    if (!witness.verify(checkpoint.body(), signature.signature())) {
      throw new InvalidRequestException(
          "error.ledger.cosignatureInvalid", WitnessCosignature.keyOf(signature), treeSize);
    }
    refuseUnlessFresh(cosignature, WitnessCosignature.keyOf(signature));
    store().addCosignature(treeSize, cosignature, clock.instant());
    return view(checkpoint);
  }

  private void refuseUnlessFresh(Cosignature cosignature, String witness) {
    CosignatureFreshness rule = identity.cosignatureFreshness();
    Instant now = clock.instant();
    String signedAt =
        Instant.ofEpochSecond(Math.min(cosignature.timestamp(), MAX_SECONDS)).toString();
    switch (rule.judge(cosignature, now)) {
      case FROM_THE_FUTURE ->
          throw new InvalidRequestException(
              "error.ledger.cosignatureFromTheFuture",
              witness,
              signedAt,
              now.truncatedTo(ChronoUnit.SECONDS).toString(),
              rule.maxSkew().toSeconds());
      case TOO_OLD ->
          throw new InvalidRequestException(
              "error.ledger.cosignatureTooOld", witness, signedAt, rule.maxAge().toSeconds());
      case FRESH -> {}
    }
  }

  private long treeSize(OptionalLong asked) {
    long committed = newest().treeSize();
    long size = asked.orElse(committed);
    if (size > committed) {
      throw new InvalidRequestException("error.ledger.sizeBeyondLog", size, committed);
    }
    return size;
  }

  private String rootOf(long size, LedgerStore store) {
    return store
        .checkpoint(size)
        .map(c -> c.root().hex())
        .orElseGet(() -> new MerkleTree(new JpaLedgerNodes(em, size)).root().hex());
  }

  private LedgerCheckpoint newest() {
    return store()
        .latestCheckpoint()
        .orElseThrow(() -> new IllegalStateException("the ledger has not started"));
  }

  private LedgerCheckpoint existing(long size) {
    return store()
        .checkpoint(size)
        .orElseThrow(() -> new NotFoundException("error.ledger.unknownCheckpoint", size));
  }

  private CheckpointView view(LedgerCheckpoint checkpoint) {
    SignedNote note = store().cosignedNote(checkpoint);
    StringBuilder text = new StringBuilder(note.text()).append('\n');
    note.signatures().forEach(s -> text.append(s.line()));
    List<String> cosignedBy =
        store().cosignatures(checkpoint.treeSize()).stream()
            .map(WitnessCosignature::witnessKey)
            .toList();
    boolean quorum = identity.witnesses().map(policy -> policy.isSatisfiedBy(note)).orElse(false);
    return new CheckpointView(
        identity.origin(),
        checkpoint.treeSize(),
        checkpoint.root().hex(),
        text.toString(),
        checkpoint.createdAt(),
        cosignedBy,
        quorum);
  }

  private static EntryView view(LedgerEntry entry) {
    return new EntryView(
        entry.index(),
        entry.kind().name(),
        entry.leafDataHex(),
        entry.leafHash().hex(),
        entry.appendedAt());
  }
}
