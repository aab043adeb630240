package io.anshim.ledger.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignedNoteTest {

  private static final String SKEY =
      "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
  private static final String VKEY =
      "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
  private static final String TEXT =
      "If you think cryptography is the answer to your problem,\n"
          + "then you don't know what your problem is.\n";
  private static final String SIGNATURE_LINE =
      "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
  private static final String NOTE = TEXT + "\n" + SIGNATURE_LINE;

  private final NoteVerifier peter = verifier(VKEY);

  @Test
  void theReferenceNoteVerifies() throws Exception {
    assertEquals(1, SignedNote.parse(NOTE).verify(List.of(peter)).size());
    assertEquals(
        1, SignedNote.parse(NOTE.getBytes(StandardCharsets.UTF_8)).verify(List.of(peter)).size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "no blank line before the signatures",
        "text\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        "text\n\n",
        "text\n\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=",
        "text\n\n- PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        "text\n\n— PeterNeumannx08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        "text\n\n— Peter+Neumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        "text\n\n—  x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        "text\n\n— PeterNeumann \n",
        "text\n\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM\n",
        "text\n\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM= \n",
        "text\n\n— PeterNeumann x08goA==\n",
        "text\n\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n\n",
        "te\rxt\n\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        "te\txt\n\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
      })
  void malformedNotesAreRejected(String message) {
    assertThrows(InvalidNoteException.class, () -> SignedNote.parse(message));
  }

  @Test
  void invalidUtf8IsRejected() {
    byte[] bytes = NOTE.getBytes(StandardCharsets.UTF_8);
    bytes[3] = (byte) 0xff;
    assertThrows(InvalidNoteException.class, () -> SignedNote.parse(bytes));
  }

  @Test
  void moreThanTheAllowedNumberOfSignaturesIsRejected() throws Exception {
    StringBuilder note = new StringBuilder(NOTE);
    for (int i = 1; i < SignedNote.MAX_SIGNATURES; i++) {
      note.append("— other").append(i).append(" AAAAAAE=\n");
    }
    assertEquals(SignedNote.MAX_SIGNATURES, SignedNote.parse(note.toString()).signatures().size());
    note.append("— one-too-many AAAAAAE=\n");
    assertThrows(InvalidNoteException.class, () -> SignedNote.parse(note.toString()));
  }

  @Test
  void textMayContainBlankLinesAndTheLastBlankLineSeparatesTheSignatures() throws Exception {
    NoteSigner signer = NoteSigner.parse(SKEY);
    String text = "first\n\nsecond\n\n";
    SignedNote note = SignedNote.parse(signer.signNote(text).format());
    assertEquals(text, note.text());
    note.verify(List.of(peter));
  }

  @Test
  void aTamperedTextFailsVerification() throws Exception {
    SignedNote tampered = SignedNote.parse(NOTE.replace("answer", "Answer"));
    assertThrows(InvalidNoteException.class, () -> tampered.verify(List.of(peter)));
  }

  @Test
  void aFailingSignatureByATrustedKeyRejectsTheNoteEvenIfAnotherVerifies() throws Exception {
    NoteSignature good = SignedNote.parse(NOTE).signatures().get(0);
    byte[] bad = good.signature();
    bad[10] ^= 1;
    SignedNote both =
        new SignedNote(TEXT, List.of(good, new NoteSignature("PeterNeumann", peter.keyId(), bad)));
    assertThrows(InvalidNoteException.class, () -> both.verify(List.of(peter)));
  }

  @Test
  void signaturesOfUnknownKeysAreIgnoredEvenWhenNameOrKeyIdMatches() throws Exception {
    SignedNote reference = SignedNote.parse(NOTE);
    SignedNote note =
        new SignedNote(
            TEXT,
            List.of(
                new NoteSignature("PeterNeumann", peter.keyId() + 1, new byte[] {1}),
                new NoteSignature("Someone", peter.keyId(), new byte[] {1}),
                reference.signatures().get(0),
                reference.signatures().get(0)));
    assertEquals(List.of(reference.signatures().get(0)), note.verify(List.of(peter)));
  }

  @Test
  void anEmptyTrustSetVerifiesNothing() throws Exception {
    assertThrows(InvalidNoteException.class, () -> SignedNote.parse(NOTE).verify(List.of()));
  }

  @Test
  void ambiguousTrustedKeysAreRefused() throws Exception {
    assertThrows(
        IllegalArgumentException.class,
        () -> SignedNote.parse(NOTE).verify(List.of(peter, verifier(VKEY))));
  }

  @Test
  void aGeneratedKeyPairSignsAndVerifies() throws Exception {
    SignerKey key =
        SignerKey.generate("log.anshim.example/ledger", SignatureType.ED25519, new SecureRandom());
    SignerKey reparsed = SignerKey.parse(key.encoded());
    VerifierKey vkey = VerifierKey.parse(key.verifierKey().encoded());
    assertEquals(key.verifierKey(), vkey);
    assertEquals(reparsed.verifierKey(), vkey);
    String prefix = "PRIVATE+KEY+log.anshim.example/ledger+" + vkey.keyIdHex() + "+";
    assertTrue(key.encoded().startsWith(prefix));
    // the key's base64 may itself hold '+', so it is what follows the fixed prefix
    String privateKey = key.encoded().substring(prefix.length());
    assertTrue(privateKey.length() > 40, privateKey);
    assertTrue(!key.toString().contains(privateKey));
    SignedNote note = new NoteSigner(reparsed).signNote("hello\n");
    assertEquals(1, SignedNote.parse(note.format()).verify(List.of(NoteVerifier.of(vkey))).size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20a+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T",
        "PeterNeumann+c74f20a3+Bhpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20a3",
        "+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
      })
  void malformedOrInconsistentVerifierKeysAreRejected(String vkey) {
    assertThrows(InvalidNoteException.class, () -> VerifierKey.parse(vkey));
  }

  @Test
  void malformedOrInconsistentSignerKeysAreRejected() {
    assertThrows(
        InvalidNoteException.class, () -> SignerKey.parse(SKEY.replace("c74f20a3", "c74f20a4")));
    assertThrows(
        InvalidNoteException.class, () -> SignerKey.parse(SKEY.replace("PRIVATE+KEY+", "")));
    assertThrows(InvalidNoteException.class, () -> SignerKey.parse(VKEY));
  }

  @Test
  void signingRefusesTextsThatCannotBeNotes() throws Exception {
    NoteSigner signer = NoteSigner.parse(SKEY);
    assertThrows(IllegalArgumentException.class, () -> signer.sign("no newline"));
    assertThrows(IllegalArgumentException.class, () -> signer.sign("bell\u0007\n"));
    assertThrows(IllegalArgumentException.class, () -> new SignedNote(TEXT, List.of()));
  }

  @Test
  void keyIdIsTheFirstFourBytesOfTheHashOfNameTypeAndKey() throws Exception {
    VerifierKey key = VerifierKey.parse(VKEY);
    assertEquals(
        0xc74f20a3, VerifierKey.keyIdOf("PeterNeumann", SignatureType.ED25519, key.publicKey()));
    assertEquals(33, Base64.getDecoder().decode(VKEY.substring(VKEY.lastIndexOf('+') + 1)).length);
  }

  private static NoteVerifier verifier(String vkey) {
    try {
      return NoteVerifier.parse(vkey);
    } catch (InvalidNoteException e) {
      throw new AssertionError(e);
    }
  }
}
