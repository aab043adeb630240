package io.anshim.certificate.issuance;

import java.util.Objects;
import java.util.Set;

/**
 * A name as the identity provider verified it, split into family and given name as the DCC wants
 * them: a Korean name is family name first, one syllable, or two for the few two-syllable surnames;
 * a name with a space is split at the first space.
 */
public record KoreanName(String familyName, String givenName) {

  /** The two-syllable family names in use in Korea. */
  private static final Set<String> TWO_SYLLABLE_SURNAMES =
      Set.of(
          "남궁", "제갈", "선우", "황보", "독고", "사공", "서문", "동방", "어금", "망절", "소봉", "장곡", "강전", "공손", "등정",
          "부여", "연개");

  public KoreanName {
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(givenName, "givenName");
  }

  public static KoreanName split(String verifiedName) {
    String name = Objects.requireNonNull(verifiedName, "verifiedName").strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a name is not empty");
    }
    int space = name.indexOf(' ');
    if (space > 0) {
      return new KoreanName(name.substring(0, space), name.substring(space + 1).strip());
    }
    if (name.length() >= 4 && TWO_SYLLABLE_SURNAMES.contains(name.substring(0, 2))) {
      return new KoreanName(name.substring(0, 2), name.substring(2));
    }
    return new KoreanName(name.substring(0, 1), name.substring(1));
  }

  /** Family name then given name, as Koreans write it. */
  public String full() {
    return givenName.isEmpty() ? familyName : familyName + givenName;
  }
}
