package io.anshim.ledger;

import io.anshim.ledger.merkle.Hash;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 32 bytes a ledger leaf holds for one record: HMAC-SHA-256 keyed with a random per-record salt
 * over (kind tag || canonical record bytes). The public log thus reveals nothing about the record,
 * yet whoever holds the record and its salt can prove it is in the log; deleting the salt (erasure)
 * makes the leaf meaningless for good.
 */
public final class Commitment {

  public static final int SALT_SIZE = 32;

  private final EntryKind kind;
  private final Hash value;

  private Commitment(EntryKind kind, Hash value) {
    this.kind = kind;
    this.value = value;
  }

  public static Commitment of(EntryKind kind, byte[] salt, byte[] canonicalRecord) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(salt, "salt");
    Objects.requireNonNull(canonicalRecord, "canonicalRecord");
    if (salt.length != SALT_SIZE) {
      throw new IllegalArgumentException("a salt is " + SALT_SIZE + " bytes, got " + salt.length);
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(salt, "HmacSHA256"));
      mac.update(kind.tag());
      return new Commitment(kind, Hash.of(mac.doFinal(canonicalRecord)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform provides HmacSHA256", e);
    }
  }

  public static byte[] newSalt(SecureRandom random) {
    Objects.requireNonNull(random, "random");
    byte[] salt = new byte[SALT_SIZE];
    random.nextBytes(salt);
    return salt;
  }

  /**
   * Whether the record (with its kind and salt) is the one committed to in a leaf's data, in
   * constant time.
   */
  public static boolean matches(
      byte[] leafData, EntryKind kind, byte[] salt, byte[] canonicalRecord) {
    return leafData != null && of(kind, salt, canonicalRecord).value.matches(leafData);
  }

  public EntryKind kind() {
    return kind;
  }

  /** The leaf input appended to the log: exactly 32 bytes. */
  public byte[] leafData() {
    return value.bytes();
  }

  /** The RFC 9162 leaf hash of {@link #leafData()}. */
  public Hash leafHash() {
    return Hash.leafHash(value.bytes());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Commitment other && kind == other.kind && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value);
  }

  @Override
  public String toString() {
    return kind + ":" + value.hex();
  }
}
