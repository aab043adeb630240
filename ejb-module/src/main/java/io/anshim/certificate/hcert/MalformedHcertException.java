package io.anshim.certificate.hcert;

import java.util.Objects;

/** The input could not be read at one decoding step; says which, so the verifier can show it. */
public class MalformedHcertException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final DecodingStep step;

  public MalformedHcertException(DecodingStep step, String message) {
    super(message);
    this.step = Objects.requireNonNull(step, "step");
  }

  public MalformedHcertException(DecodingStep step, String message, Throwable cause) {
    super(message, cause);
    this.step = Objects.requireNonNull(step, "step");
  }

  public DecodingStep step() {
    return step;
  }
}
