package io.anshim.ledger.store;

import io.anshim.ledger.EntryKind;
import io.anshim.ledger.merkle.Hash;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/** One appended entry: its position in the log and the 32 bytes of leaf data it holds. */
@Entity
@Table(name = "ledger_entry")
@NamedQuery(
    name = LedgerEntry.RANGE,
    query =
        "SELECT e FROM LedgerEntry e WHERE e.index >= :start AND e.index < :end ORDER BY e.index")
@NamedQuery(
    name = LedgerEntry.WITH_LEAF_KEY,
    query =
        "SELECT e.index FROM LedgerEntry e WHERE e.leafKey = :leafKey AND e.index < :size ORDER BY e.index")
@NamedQuery(
    name = LedgerEntry.DISCARD_FROM,
    query = "DELETE FROM LedgerEntry e WHERE e.index >= :start")
public class LedgerEntry {

  public static final String RANGE = "LedgerEntry.range";
  public static final String WITH_LEAF_KEY = "LedgerEntry.withLeafKey";
  public static final String DISCARD_FROM = "LedgerEntry.discardFrom";

  @Id
  @Column(name = "entry_index")
  private long index;

  /** Hex, so the same column type works on H2 and PostgreSQL. */
  @Column(name = "leaf_data", length = 64, nullable = false)
  private String leafData;

  @Column(name = "leaf_key", nullable = false)
  private long leafKey;

  @Column(name = "kind", nullable = false)
  private int kind;

  /** Epoch milliseconds: a plain BIGINT keeps the column portable and its meaning unambiguous. */
  @Column(name = "appended_at_ms", nullable = false)
  private long appendedAtMillis;

  protected LedgerEntry() {}

  public LedgerEntry(long index, EntryKind kind, byte[] leafData, Instant appendedAt) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative: " + index);
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(leafData, "leafData");
    if (leafData.length != Hash.SIZE) {
      throw new IllegalArgumentException(
          "leaf data is " + Hash.SIZE + " bytes, got " + leafData.length);
    }
    this.index = index;
    this.kind = kind.tag();
    this.leafData = HexFormat.of().formatHex(leafData);
    this.leafKey = leafKeyOf(Hash.leafHash(leafData));
    this.appendedAtMillis = appendedAt.toEpochMilli();
  }

  /** The first 8 bytes of a leaf hash, which the store indexes to find entries by leaf hash. */
  public static long leafKeyOf(Hash leafHash) {
    return ByteBuffer.wrap(leafHash.bytes()).getLong();
  }

  public long leafKey() {
    return leafKey;
  }

  public long index() {
    return index;
  }

  public byte[] leafData() {
    return HexFormat.of().parseHex(leafData);
  }

  public String leafDataHex() {
    return leafData;
  }

  /** The RFC 9162 leaf hash of the data as stored now (which is what an audit must recompute). */
  public Hash leafHash() {
    return Hash.leafHash(leafData());
  }

  public EntryKind kind() {
    return EntryKind.ofTag((byte) kind);
  }

  public Instant appendedAt() {
    return Instant.ofEpochMilli(appendedAtMillis);
  }
}
