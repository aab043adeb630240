package io.anshim.certificate.verification;

/** The verifier's answer, one word the page shows in large letters with its reason. */
public enum Outcome {
  VALID,
  /** The text or picture is not a readable health certificate; the verdict says at which step. */
  MALFORMED,
  /** Signed by a key we trust, but the signature does not match the content. */
  BAD_SIGNATURE,
  /** No trusted Document Signer Certificate has the key id it names. */
  UNKNOWN_SIGNER,
  EXPIRED,
  NOT_YET_VALID,
  /** Correctly signed, but the content breaks the DCC schema. */
  SCHEMA_INVALID,
  /** The signer's certificate may not sign this type (e.g. a test DSC signing a vaccination). */
  WRONG_KEY_USAGE,
  /** Signed by us, but an operator revoked it (wrong record, fraud). */
  REVOKED,
  /**
   * Signed with our key, but not a certificate the portal issued and anchored in the ledger: our
   * key was used outside issuance, so it is not to be relied on.
   */
  NOT_IN_LEDGER;

  public boolean isValid() {
    return this == VALID;
  }
}
