package io.anshim.certificate.hcert;

/** What a DCC states, each with the extended key usage OID that lets a DSC sign it. */
public enum CertificateType {
  TEST("t", "1"),
  VACCINATION("v", "2"),
  RECOVERY("r", "3");

  private final String payloadField;
  private final String oidSuffix;

  CertificateType(String payloadField, String oidSuffix) {
    this.payloadField = payloadField;
    this.oidSuffix = oidSuffix;
  }

  /** The payload's array holding the entries: "v", "t" or "r". */
  public String payloadField() {
    return payloadField;
  }

  /**
   * The extended key usage OIDs meaning "may sign this type". The specification's OIDs sit under
   * 1.3.6.1.4.1.1847.2021.1; early test certificates use 1.3.6.1.4.1.0.1847.2021.1, accepted too.
   */
  public java.util.List<String> keyUsageOids() {
    return java.util.List.of(
        "1.3.6.1.4.1.1847.2021.1." + oidSuffix, "1.3.6.1.4.1.0.1847.2021.1." + oidSuffix);
  }
}
