package io.anshim.ledger;

import io.anshim.shared.Page;
import jakarta.ejb.Local;
import java.util.OptionalLong;

/**
 * What anyone may read of the ledger: checkpoints, entries and proofs, all up to the committed size
 * (the newest checkpoint's); and where witnesses hand in their cosignatures.
 */
@Local
public interface PublicLedger {

  CheckpointView latestCheckpoint();

  CheckpointView checkpoint(long size);

  /** Every checkpoint ever signed, oldest first. */
  Page<CheckpointView> checkpoints(int page, int size);

  LogKeyView key();

  /**
   * @param treeSize empty for the newest checkpoint's size
   */
  InclusionProofView inclusionProof(long index, OptionalLong treeSize);

  /** The proof for the first entry with this leaf hash. */
  InclusionProofView inclusionProof(String leafHash, OptionalLong treeSize);

  ConsistencyProofView consistencyProof(long oldSize, OptionalLong treeSize);

  EntryView entry(long index);

  /** At most {@link #MAX_ENTRIES} consecutive entries from {@code start}. */
  EntryPage entries(long start, int count);

  /** Verifies a witness's cosignature line against the configured witness keys and stores it. */
  CheckpointView cosign(long treeSize, String cosignatureLine);

  int MAX_ENTRIES = 1000;
}
