package io.anshim.certificate.issuance;

/**
 * The Revised Romanization of Korean (2000), syllable by syllable and without the sound-change
 * rules, as the domestic certificate's fnt/gnt: the DCC requires a Latin name, and the citizen
 * types their passport spelling only for the international certificate. 홍길동 becomes HONG and
 * GILDONG. Latin letters pass through; anything else is dropped.
 */
public final class HangulRomanization {

  private static final int FIRST_SYLLABLE = 0xAC00;
  private static final int LAST_SYLLABLE = 0xD7A3;
  private static final String[] INITIALS = {
    "G", "KK", "N", "D", "TT", "R", "M", "B", "PP", "S", "SS", "", "J", "JJ", "CH", "K", "T", "P",
    "H"
  };
  private static final String[] MEDIALS = {
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WO", "WE",
    "WI", "YU", "EU", "UI", "I"
  };
  private static final String[] FINALS = {
    "", "K", "K", "K", "N", "N", "N", "T", "L", "K", "M", "L", "L", "L", "P", "L", "M", "P", "P",
    "T", "T", "NG", "T", "T", "K", "T", "P", "T"
  };

  private HangulRomanization() {}

  /** The romanized name in ICAO form (A-Z, '<' for spaces); empty if nothing is left. */
  public static String romanize(String name) {
    StringBuilder latin = new StringBuilder();
    name.strip()
        .codePoints()
        .forEach(
            c -> {
              if (c >= FIRST_SYLLABLE && c <= LAST_SYLLABLE) {
                int index = c - FIRST_SYLLABLE;
                latin
                    .append(INITIALS[index / (21 * 28)])
                    .append(MEDIALS[(index % (21 * 28)) / 28])
                    .append(FINALS[index % 28]);
              } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                latin.append(Character.toUpperCase((char) c));
              } else if ((c == ' ' || c == '-') && latin.length() > 0) {
                latin.append('<');
              }
            });
    return latin.toString().replaceAll("<+", "<").replaceAll("<$", "");
  }
}
