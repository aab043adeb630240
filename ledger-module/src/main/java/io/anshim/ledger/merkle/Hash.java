package io.anshim.ledger.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An immutable SHA-256 value: a leaf hash, an interior node hash or a tree head, hashed as in RFC
 * 9162 §2.1.1 (leaf = SHA-256(0x00 || data), node = SHA-256(0x01 || left || right)).
 */
public final class Hash {

  public static final int SIZE = 32;

  private static final byte LEAF_PREFIX = 0x00;
  private static final byte NODE_PREFIX = 0x01;
  private static final HexFormat HEX = HexFormat.of();

  /** The root of the empty tree, SHA-256 of the empty string. */
  public static final Hash EMPTY_TREE = new Hash(sha256().digest());

  private final byte[] bytes;

  private Hash(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Wraps exactly {@value #SIZE} bytes (copied). */
  public static Hash of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != SIZE) {
      throw new IllegalArgumentException("a hash is " + SIZE + " bytes, got " + bytes.length);
    }
    return new Hash(bytes.clone());
  }

  /** Parses 64 hex digits (either case). */
  public static Hash fromHex(String hex) {
    Objects.requireNonNull(hex, "hex");
    byte[] decoded;
    try {
      decoded = HEX.parseHex(hex.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not hex: " + e.getMessage(), e);
    }
    return of(decoded);
  }

  /** The RFC 9162 leaf hash of a leaf input. */
  public static Hash leafHash(byte[] leafInput) {
    Objects.requireNonNull(leafInput, "leafInput");
    MessageDigest sha = sha256();
    sha.update(LEAF_PREFIX);
    sha.update(leafInput);
    return new Hash(sha.digest());
  }

  /** The RFC 9162 interior node hash of two children. */
  public static Hash nodeHash(Hash left, Hash right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    MessageDigest sha = sha256();
    sha.update(NODE_PREFIX);
    sha.update(left.bytes);
    sha.update(right.bytes);
    return new Hash(sha.digest());
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public String hex() {
    return HEX.formatHex(bytes);
  }

  public String base64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** Constant-time comparison, for checking secrets such as commitments. */
  public boolean matches(byte[] other) {
    return other != null && MessageDigest.isEqual(bytes, other);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hash other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return hex();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
