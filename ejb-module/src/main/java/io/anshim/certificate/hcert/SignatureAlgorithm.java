package io.anshim.certificate.hcert;

import java.util.Optional;

/** The COSE algorithms the DCC specification allows: ES256 first choice, PS256 as fallback. */
public enum SignatureAlgorithm {
  ES256(-7),
  PS256(-37);

  private final int coseValue;

  SignatureAlgorithm(int coseValue) {
    this.coseValue = coseValue;
  }

  public int coseValue() {
    return coseValue;
  }

  public static Optional<SignatureAlgorithm> ofCoseValue(int value) {
    for (SignatureAlgorithm algorithm : values()) {
      if (algorithm.coseValue == value) {
        return Optional.of(algorithm);
      }
    }
    return Optional.empty();
  }
}
