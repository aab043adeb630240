package io.anshim.certificate.qr;

import java.util.Objects;

/** What reading an uploaded picture gave: the QR code's text, or why there is none. */
public sealed interface QrReading {

  /** Why a picture gave no text. */
  enum Refusal {
    TOO_LARGE,
    NOT_AN_IMAGE,
    NO_QR_CODE
  }

  record Found(String text) implements QrReading {
    public Found {
      Objects.requireNonNull(text, "text");
    }
  }

  record Refused(Refusal reason, String detail) implements QrReading {
    public Refused {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
