package io.anshim.ledger.note;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The lexical rules of C2SP signed-note: UTF-8, no control characters but newline, key names,
 * base64.
 */
final class NoteText {

  private NoteText() {}

  /** Decodes strict UTF-8. */
  static String decode(byte[] utf8) throws InvalidNoteException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(utf8))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidNoteException("note is not valid UTF-8", e);
    }
  }

  /**
   * Rejects unpaired surrogates (not encodable as UTF-8) and ASCII control characters other than
   * newline.
   */
  static void requireValid(String text, String what) throws InvalidNoteException {
    try {
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
    } catch (CharacterCodingException e) {
      throw new InvalidNoteException(what + " is not valid Unicode", e);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n') {
        throw new InvalidNoteException(
            String.format("%s contains control character U+%04X", what, (int) c));
      }
    }
  }

  /** Key names are non-empty and contain neither Unicode spaces nor '+'. */
  static boolean isValidKeyName(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    return name.codePoints()
        .noneMatch(
            cp ->
                cp == '+'
                    || cp < 0x20
                    || cp == 0x85
                    || Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp));
  }

  static String requireKeyName(String name) {
    if (!isValidKeyName(name)) {
      throw new IllegalArgumentException("invalid key name: '" + name + "'");
    }
    return name;
  }

  /** Standard padded base64 in its one canonical spelling (no missing padding, no stray bits). */
  static byte[] decodeBase64(String text, String what) throws InvalidNoteException {
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidNoteException(what + " is not base64", e);
    }
    if (!Base64.getEncoder().encodeToString(decoded).equals(text)) {
      throw new InvalidNoteException(what + " is not canonical padded base64");
    }
    return decoded;
  }
}
