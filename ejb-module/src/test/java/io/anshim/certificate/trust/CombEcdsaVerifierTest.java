package io.anshim.certificate.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Random;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The comb must decide every signature as BouncyCastle's ECDSASigner does. */
class CombEcdsaVerifierTest {

  private final SecureRandom random = new SecureRandom();

  @ParameterizedTest
  @ValueSource(strings = {"P-256", "P-384", "P-521"})
  void acceptsWhatTheKeySignedAndAgreesWithEcdsaSignerOnEveryChange(String curveName) {
    X9ECParameters x9 = ECNamedCurveTable.getByName(curveName);
    ECDomainParameters domain = new ECDomainParameters(x9);
    BigInteger n = domain.getN();
    BigInteger d = new BigInteger(n.bitLength() - 1, random).add(BigInteger.ONE);
    ECPublicKeyParameters publicKey =
        new ECPublicKeyParameters(domain.getG().multiply(d).normalize(), domain);
    CombEcdsaVerifier comb = new CombEcdsaVerifier(publicKey);
    ECDSASigner signer = new ECDSASigner();
    signer.init(true, new ParametersWithRandom(new ECPrivateKeyParameters(d, domain), random));
    ECDSASigner reference = new ECDSASigner();
    reference.init(false, publicKey);

    for (int i = 0; i < 100; i++) {
      byte[] digest = sha256(("message " + i).getBytes());
      BigInteger[] rs = signer.generateSignature(digest);
      BigInteger r = rs[0];
      BigInteger s = rs[1];
      assertTrue(comb.verifies(digest, r, s), "signature " + i);

      byte[] otherDigest = digest.clone();
      otherDigest[i % otherDigest.length] ^= 1;
      BigInteger[][] changed = {
        {r.add(BigInteger.ONE), s}, {r, s.add(BigInteger.ONE)}, {s, r}, {r, n.subtract(s)}
      };
      assertEquals(reference.verifySignature(otherDigest, r, s), comb.verifies(otherDigest, r, s));
      for (BigInteger[] c : changed) {
        assertEquals(
            reference.verifySignature(digest, c[0], c[1]), comb.verifies(digest, c[0], c[1]));
      }
      BigInteger randomR = new BigInteger(n.bitLength(), random).mod(n);
      BigInteger randomS = new BigInteger(n.bitLength(), random).mod(n);
      assertEquals(
          reference.verifySignature(digest, randomR, randomS),
          comb.verifies(digest, randomR, randomS));
    }
  }

  @Test
  void refusesScalarsOutsideOneToNMinusOne() {
    ECDomainParameters domain = new ECDomainParameters(ECNamedCurveTable.getByName("P-256"));
    BigInteger n = domain.getN();
    ECPublicKeyParameters key =
        new ECPublicKeyParameters(domain.getG().multiply(BigInteger.TEN).normalize(), domain);
    CombEcdsaVerifier comb = new CombEcdsaVerifier(key);
    byte[] digest = sha256(new byte[] {1});
    for (BigInteger bad :
        new BigInteger[] {BigInteger.ZERO, n, n.add(BigInteger.ONE), n.negate()}) {
      assertFalse(comb.verifies(digest, bad, BigInteger.ONE));
      assertFalse(comb.verifies(digest, BigInteger.ONE, bad));
    }
  }

  @Test
  void acceptsTheJdksSignaturesAndRefusesThemUnderAnotherKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair signing = generator.generateKeyPair();
    KeyPair other = generator.generateKeyPair();
    CombEcdsaVerifier comb = verifierOf(signing);
    CombEcdsaVerifier otherComb = verifierOf(other);
    Random messages = new Random(42);
    for (int i = 0; i < 50; i++) {
      byte[] message = new byte[1 + messages.nextInt(400)];
      messages.nextBytes(message);
      Signature jdk = Signature.getInstance("SHA256withECDSAinP1363Format");
      jdk.initSign(signing.getPrivate());
      jdk.update(message);
      byte[] signature = jdk.sign();
      BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
      BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
      assertTrue(comb.verifies(sha256(message), r, s));
      assertFalse(otherComb.verifies(sha256(message), r, s));
    }
  }

  private static CombEcdsaVerifier verifierOf(KeyPair pair) throws Exception {
    return new CombEcdsaVerifier(
        (ECPublicKeyParameters) PublicKeyFactory.createKey(pair.getPublic().getEncoded()));
  }

  private static byte[] sha256(byte[] bytes) {
    SHA256Digest digest = new SHA256Digest();
    digest.update(bytes, 0, bytes.length);
    byte[] hash = new byte[32];
    digest.doFinal(hash, 0);
    return hash;
  }
}
