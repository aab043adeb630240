package io.anshim.ledger;

/**
 * What a ledger entry records. The tag is hashed into the entry's commitment, so it is part of the
 * ledger format: never renumber or reuse a tag.
 */
public enum EntryKind {
  CERTIFICATE_ISSUED(1),
  CERTIFICATE_REVOKED(2),
  VENUE_QR_ISSUED(3),
  VENUE_QR_REVOKED(4),
  ERASURE(5);

  private final byte tag;

  EntryKind(int tag) {
    this.tag = (byte) tag;
  }

  public byte tag() {
    return tag;
  }

  public static EntryKind ofTag(byte tag) {
    for (EntryKind kind : values()) {
      if (kind.tag == tag) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown entry kind tag " + (tag & 0xff));
  }
}
