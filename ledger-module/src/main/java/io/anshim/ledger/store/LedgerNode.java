package io.anshim.ledger.store;

import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.Subtree;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The persisted hash of one complete subtree, leaves (level 0) included. Keyed by the subtree's
 * in-order node number, so that the O(log n) hashes a proof needs are one {@code IN} query on the
 * primary key.
 */
@Entity
@Table(name = "ledger_node")
@NamedQuery(name = LedgerNode.BY_IDS, query = "SELECT n FROM LedgerNode n WHERE n.id IN :ids")
@NamedQuery(
    name = LedgerNode.DISCARD_BEYOND,
    query = "DELETE FROM LedgerNode n WHERE n.id >= :firstId OR n.id IN :straddling")
public class LedgerNode {

  public static final String BY_IDS = "LedgerNode.byIds";
  public static final String DISCARD_BEYOND = "LedgerNode.discardBeyond";

  @Id
  @Column(name = "node_id")
  private long id;

  @Column(name = "hash", length = 64, nullable = false)
  private String hash;

  protected LedgerNode() {}

  public LedgerNode(Subtree subtree, Hash hash) {
    this.id = idOf(subtree);
    this.hash = Objects.requireNonNull(hash, "hash").hex();
  }

  /**
   * The in-order number of a subtree in the infinite binary tree: leaf i is 2i, and the subtree of
   * level l and index i is i·2^(l+1) + 2^l − 1. Its trailing one bits count its level.
   */
  public static long idOf(Subtree subtree) {
    int level = subtree.level();
    return (subtree.index() << (level + 1)) + (1L << level) - 1;
  }

  public static Subtree subtreeOf(long id) {
    int level = Long.numberOfTrailingZeros(~id);
    return new Subtree(level, id >>> (level + 1));
  }

  /**
   * Every subtree complete within [0, size) has a number below 2·size; a number at or above it is a
   * subtree that starts at or after size, or one of the few {@link #straddling} it.
   */
  public static long firstIdBeyond(long size) {
    return 2 * size;
  }

  /**
   * The subtrees that start before size but end after it: at most one per level, numbered below
   * 2·size.
   */
  public static List<Long> straddling(long size) {
    List<Long> ids = new ArrayList<>();
    for (int level = 1; level <= Subtree.MAX_LEVEL; level++) {
      long index = size >> level;
      if ((index << level) < size) {
        ids.add(idOf(new Subtree(level, index)));
      }
    }
    return ids;
  }

  public long id() {
    return id;
  }

  public Subtree subtree() {
    return subtreeOf(id);
  }

  public Hash hash() {
    return Hash.fromHex(hash);
  }
}
