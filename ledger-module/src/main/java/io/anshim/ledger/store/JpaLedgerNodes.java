package io.anshim.ledger.store;

import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.Subtree;
import io.anshim.ledger.merkle.SubtreeHashSource;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The persisted subtree hashes of the log as it was at one committed size. */
public final class JpaLedgerNodes implements SubtreeHashSource {

  private final EntityManager em;
  private final long size;

  public JpaLedgerNodes(EntityManager em, long size) {
    this.em = Objects.requireNonNull(em, "em");
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
    this.size = size;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public Hash hash(Subtree subtree) {
    return hashes(List.of(subtree)).get(0);
  }

  /** One query on the primary key for all the subtrees asked. */
  @Override
  public List<Hash> hashes(List<Subtree> subtrees) {
    if (subtrees.isEmpty()) {
      return List.of();
    }
    List<Long> ids = new ArrayList<>(subtrees.size());
    for (Subtree subtree : subtrees) {
      if (subtree.end() > size) {
        throw new IllegalArgumentException(
            "subtree " + subtree + " is not complete in a tree of size " + size);
      }
      ids.add(LedgerNode.idOf(subtree));
    }
    Map<Long, Hash> found = new HashMap<>();
    for (LedgerNode node :
        em.createNamedQuery(LedgerNode.BY_IDS, LedgerNode.class)
            .setParameter("ids", ids)
            .getResultList()) {
      found.put(node.id(), node.hash());
    }
    List<Hash> result = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      Hash hash = found.get(ids.get(i));
      if (hash == null) {
        throw new IllegalStateException("the store lacks the hash of subtree " + subtrees.get(i));
      }
      result.add(hash);
    }
    return result;
  }
}
