package io.anshim.certificate.hcert;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A COSE_Sign1 message (RFC 9052): protected header as received (the signature covers those exact
 * bytes), unprotected header, payload and signature. Small enough to write here; the tag 18, and
 * the CWT tag 61 some issuers put around it, are optional.
 */
public final class CoseSign1 {

  public static final int TAG = 18;
  public static final int CWT_TAG = 61;
  static final int HEADER_ALGORITHM = 1;
  static final int HEADER_KEY_ID = 4;

  private final byte[] protectedBytes;
  private final CBORObject protectedHeader;
  private final CBORObject unprotectedHeader;
  private final byte[] payload;
  private final byte[] signature;

  private CoseSign1(
      byte[] protectedBytes,
      CBORObject protectedHeader,
      CBORObject unprotectedHeader,
      byte[] payload,
      byte[] signature) {
    this.protectedBytes = protectedBytes;
    this.protectedHeader = protectedHeader;
    this.unprotectedHeader = unprotectedHeader;
    this.payload = payload;
    this.signature = signature;
  }

  public static CoseSign1 parse(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw malformed("empty");
    }
    CBORObject message = decode(bytes, "not CBOR");
    if (message.HasMostOuterTag(CWT_TAG)) {
      message = message.UntagOne();
    }
    if (message.HasMostOuterTag(TAG)) {
      message = message.UntagOne();
    }
    if (message.isTagged()) {
      throw malformed("unexpected tag " + message.getMostOuterTag());
    }
    if (message.getType() != CBORType.Array || message.size() != 4) {
      throw malformed("not an array of four");
    }
    byte[] protectedBytes = byteString(message.get(0), "protected header");
    CBORObject protectedHeader =
        protectedBytes.length == 0
            ? CBORObject.NewMap()
            : decode(protectedBytes, "protected header is not CBOR");
    if (protectedHeader.getType() != CBORType.Map) {
      throw malformed("protected header is not a map");
    }
    CBORObject unprotectedHeader = message.get(1);
    if (unprotectedHeader.getType() != CBORType.Map) {
      throw malformed("unprotected header is not a map");
    }
    byte[] payload = byteString(message.get(2), "payload");
    byte[] signature = byteString(message.get(3), "signature");
    return new CoseSign1(protectedBytes, protectedHeader, unprotectedHeader, payload, signature);
  }

  /** Signs a payload; the key id and algorithm go into the protected header. */
  public static CoseSign1 sign(
      SignatureAlgorithm algorithm, byte[] keyId, byte[] payload, UnaryOperator<byte[]> signer) {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(signer, "signer");
    CBORObject header = CBORObject.NewOrderedMap();
    header.Add(
        CBORObject.FromObject(HEADER_ALGORITHM), CBORObject.FromObject(algorithm.coseValue()));
    header.Add(CBORObject.FromObject(HEADER_KEY_ID), CBORObject.FromObject(keyId));
    byte[] protectedBytes = header.EncodeToBytes();
    CoseSign1 unsigned =
        new CoseSign1(protectedBytes, header, CBORObject.NewMap(), payload.clone(), new byte[0]);
    byte[] signature = signer.apply(unsigned.toBeSigned());
    return new CoseSign1(protectedBytes, header, CBORObject.NewMap(), payload.clone(), signature);
  }

  /** The key id: the protected header's wins; the unprotected one only counts when it is absent. */
  public Optional<byte[]> keyId() {
    Optional<byte[]> fromProtected = bytesHeader(protectedHeader, HEADER_KEY_ID);
    return fromProtected.isPresent()
        ? fromProtected
        : bytesHeader(unprotectedHeader, HEADER_KEY_ID);
  }

  public Optional<SignatureAlgorithm> algorithm() {
    CBORObject value = protectedHeader.get(CBORObject.FromObject(HEADER_ALGORITHM));
    if (value == null) {
      value = unprotectedHeader.get(CBORObject.FromObject(HEADER_ALGORITHM));
    }
    if (value == null || value.getType() != CBORType.Integer || !value.CanValueFitInInt32()) {
      return Optional.empty();
    }
    return SignatureAlgorithm.ofCoseValue(value.AsInt32Value());
  }

  /** The Sig_structure the signature is computed over (RFC 9052 section 4.4). */
  public byte[] toBeSigned() {
    CBORObject structure = CBORObject.NewArray();
    structure.Add("Signature1");
    structure.Add(CBORObject.FromObject(protectedBytes));
    structure.Add(CBORObject.FromObject(new byte[0]));
    structure.Add(CBORObject.FromObject(payload));
    return structure.EncodeToBytes();
  }

  public byte[] payload() {
    return payload.clone();
  }

  public byte[] signature() {
    return signature.clone();
  }

  /** The tagged COSE_Sign1 bytes. */
  public byte[] encode() {
    CBORObject message = CBORObject.NewArray();
    message.Add(CBORObject.FromObject(protectedBytes));
    message.Add(unprotectedHeader);
    message.Add(CBORObject.FromObject(payload));
    message.Add(CBORObject.FromObject(signature));
    return CBORObject.FromObjectAndTag(message, TAG).EncodeToBytes();
  }

  private static Optional<byte[]> bytesHeader(CBORObject header, int label) {
    CBORObject value = header.get(CBORObject.FromObject(label));
    return value != null && value.getType() == CBORType.ByteString
        ? Optional.of(value.GetByteString())
        : Optional.empty();
  }

  private static byte[] byteString(CBORObject value, String what) {
    if (value == null || value.getType() != CBORType.ByteString || value.isTagged()) {
      throw malformed(what + " is not a byte string");
    }
    return value.GetByteString();
  }

  static CBORObject decode(byte[] bytes, String failure) {
    try {
      return CBORObject.DecodeFromBytes(bytes);
    } catch (RuntimeException e) {
      throw new MalformedHcertException(DecodingStep.COSE, failure, e);
    }
  }

  private static MalformedHcertException malformed(String message) {
    return new MalformedHcertException(DecodingStep.COSE, message);
  }

  @Override
  public String toString() {
    return "CoseSign1[payload " + payload.length + " bytes, signature " + signature.length + "]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CoseSign1 that
        && Arrays.equals(protectedBytes, that.protectedBytes)
        && Arrays.equals(payload, that.payload)
        && Arrays.equals(signature, that.signature);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(signature);
  }
}
