package io.anshim.ledger.store;

import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.Subtree;
import io.anshim.ledger.merkle.SubtreeHashSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The persisted subtree hashes of the log as it was at one committed size. */
public final class JpaLedgerNodes implements SubtreeHashSource {

  private static final String SELECT_BY_IDS =
      "SELECT node_id, hash FROM ledger_node WHERE node_id IN (";

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

  /**
   * One query on the primary key for all the subtrees asked: plain SQL returning two columns, since
   * managing the rows as entities cost more than the lookup itself, with the id list padded to a
   * power of two so that a handful of statement texts serve every proof and the statement caches
   * keep them.
   */
  @Override
  public List<Hash> hashes(List<Subtree> subtrees) {
    if (subtrees.isEmpty()) {
      return List.of();
    }
    long[] ids = new long[subtrees.size()];
    for (int i = 0; i < ids.length; i++) {
      Subtree subtree = subtrees.get(i);
      if (subtree.end() > size) {
        throw new IllegalArgumentException(
            "subtree " + subtree + " is not complete in a tree of size " + size);
      }
      ids[i] = LedgerNode.idOf(subtree);
    }
    int parameters = ids.length == 1 ? 1 : Integer.highestOneBit(ids.length - 1) << 1;
    Query query = em.createNativeQuery(selectByIds(parameters));
    for (int p = 0; p < parameters; p++) {
      query.setParameter(p + 1, ids[Math.min(p, ids.length - 1)]);
    }
    Map<Long, String> found = new HashMap<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      found.put(((Number) columns[0]).longValue(), (String) columns[1]);
    }
    List<Hash> result = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      String hash = found.get(ids[i]);
      if (hash == null) {
        throw new IllegalStateException("the store lacks the hash of subtree " + subtrees.get(i));
      }
      result.add(Hash.fromHex(hash));
    }
    return result;
  }

  private static String selectByIds(int parameters) {
    StringBuilder sql =
        new StringBuilder(SELECT_BY_IDS.length() + parameters * 5).append(SELECT_BY_IDS);
    for (int p = 1; p <= parameters; p++) {
      sql.append(p == 1 ? "?" : ", ?").append(p);
    }
    return sql.append(')').toString();
  }
}
