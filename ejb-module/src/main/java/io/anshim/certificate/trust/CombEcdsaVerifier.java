package io.anshim.certificate.trust;

import java.math.BigInteger;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECFieldElement;
import org.bouncycastle.math.ec.ECLookupTable;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointUtil;
import org.bouncycastle.math.raw.Nat;
import org.bouncycastle.util.BigIntegers;

/**
 * ECDSA verification for a key that checks many signatures, the verifier's hottest step. Both
 * points of u1·G + u2·Q are fixed (the generator, and a signer key of the trust list), so each gets
 * a comb table of 1,024 points (width 10, 64 KB) and one comb walks both scalars together: for
 * P-256, 26 shared doublings and 52 additions. BouncyCastle's {@code ECDSASigner} does the same
 * with width 6 and constant-time lookups (43 doublings, 86 additions): measured on this machine, 60
 * µs here against 100 µs there (docs/benchmarks.md); width 12 gained 5 µs more for four times the
 * memory per key. The generator's table is made once per curve, a key's when the key is first used.
 * The arithmetic is BouncyCastle's (points, fields, the comb layout of its {@code
 * FixedPointCombMultiplier}); the answers are {@code ECDSASigner}'s (tested against it). Signatures
 * and keys are public, so the lookups need not be constant-time.
 */
final class CombEcdsaVerifier {

  private static final int WIDTH = 10;
  private static final ConcurrentMap<ECPoint, Comb> GENERATORS = new ConcurrentHashMap<>();

  private final ECDomainParameters domain;
  private final Comb generator;
  private final Comb key;
  private final ECPoint offsets;

  CombEcdsaVerifier(ECPublicKeyParameters publicKey) {
    this.domain = publicKey.getParameters();
    this.generator = GENERATORS.computeIfAbsent(domain.getG(), Comb::of);
    this.key = Comb.of(publicKey.getQ());
    this.offsets = generator.offset.add(key.offset).normalize();
  }

  /** Whether (r, s) signs this digest under the key, exactly as {@code ECDSASigner} decides. */
  boolean verifies(byte[] digest, BigInteger r, BigInteger s) {
    BigInteger n = domain.getN();
    if (r.signum() <= 0 || r.compareTo(n) >= 0 || s.signum() <= 0 || s.compareTo(n) >= 0) {
      return false;
    }
    BigInteger c = BigIntegers.modOddInverseVar(n, s);
    BigInteger u1 = digestValue(n, digest).multiply(c).mod(n);
    BigInteger u2 = r.multiply(c).mod(n);
    ECPoint point = sumOfMultiples(u1, u2);
    if (point.isInfinity()) {
      return false;
    }
    return xMatches(point, r, n);
  }

  /** u1·G + u2·Q: one comb over both tables, sharing the doublings. */
  private ECPoint sumOfMultiples(BigInteger u1, BigInteger u2) {
    int d = generator.columns;
    int fullComb = d * WIDTH;
    int[] k1 = Nat.fromBigInteger(fullComb, u1);
    int[] k2 = Nat.fromBigInteger(fullComb, u2);
    ECPoint sum = domain.getCurve().getInfinity();
    for (int column = fullComb - 1; column >= fullComb - d; column--) {
      int index1 = 0;
      int index2 = 0;
      for (int bit = column; bit >= 0; bit -= d) {
        index1 = (index1 << 1) | ((k1[bit >>> 5] >>> (bit & 31)) & 1);
        index2 = (index2 << 1) | ((k2[bit >>> 5] >>> (bit & 31)) & 1);
      }
      sum = sum.twicePlus(generator.table.lookupVar(index1)).add(key.table.lookupVar(index2));
    }
    return sum.add(offsets);
  }

  /**
   * x(point) mod n == r, without the inversion that normalizing costs when the point is Jacobian: x
   * = X/Z², so compare X with (r + i·n)·Z² for each r + i·n inside the field (Gregory Maxwell's
   * idea, as {@code ECDSASigner} does it).
   */
  private static boolean xMatches(ECPoint point, BigInteger r, BigInteger n) {
    ECCurve curve = point.getCurve();
    int coordinates = curve.getCoordinateSystem();
    boolean jacobian =
        coordinates == ECCurve.COORD_JACOBIAN
            || coordinates == ECCurve.COORD_JACOBIAN_CHUDNOVSKY
            || coordinates == ECCurve.COORD_JACOBIAN_MODIFIED;
    if (!jacobian) {
      return point.normalize().getAffineXCoord().toBigInteger().mod(n).equals(r);
    }
    ECFieldElement denominator = point.getZCoord(0).square();
    if (denominator.isZero()) {
      return false;
    }
    ECFieldElement x = point.getXCoord();
    for (BigInteger candidate = r;
        curve.isValidFieldElement(candidate);
        candidate = candidate.add(n)) {
      if (curve.fromBigInteger(candidate).multiply(denominator).equals(x)) {
        return true;
      }
    }
    return false;
  }

  /** The digest as a number, its leftmost bits when it is longer than n (SEC 1, 4.1.4). */
  private static BigInteger digestValue(BigInteger n, byte[] digest) {
    BigInteger e = new BigInteger(1, digest);
    int extraBits = digest.length * 8 - n.bitLength();
    return extraBits > 0 ? e.shiftRight(extraBits) : e;
  }

  /**
   * A point's comb: table[i] = P + the sum of 2^(b·d)·P over the bits b set in i, and the offset
   * −(2^d − 1)·P that takes away the P each of the d columns added.
   */
  private record Comb(ECLookupTable table, ECPoint offset, int columns) {

    static Comb of(ECPoint point) {
      ECCurve curve = point.getCurve();
      int d = (FixedPointUtil.getCombSize(curve) + WIDTH - 1) / WIDTH;
      ECPoint[] powers = new ECPoint[WIDTH + 1];
      powers[0] = point.normalize();
      for (int b = 1; b < WIDTH; b++) {
        powers[b] = powers[b - 1].timesPow2(d);
      }
      powers[WIDTH] = powers[0].subtract(powers[1]);
      curve.normalizeAll(powers);
      ECPoint[] table = new ECPoint[1 << WIDTH];
      table[0] = powers[0];
      for (int b = WIDTH - 1; b >= 0; b--) {
        int step = 1 << b;
        for (int i = step; i < table.length; i += step << 1) {
          table[i] = table[i - step].add(powers[b]);
        }
      }
      curve.normalizeAll(table);
      return new Comb(curve.createCacheSafeLookupTable(table, 0, table.length), powers[WIDTH], d);
    }
  }
}
