package io.anshim.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RequestLanguageTest {

  @Test
  void answersInKoreanOrEnglishByTheClientsPreference() {
    assertEquals(Locale.KOREAN, RequestLanguage.of("ko"));
    assertEquals(Locale.KOREAN, RequestLanguage.of("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7"));
    assertEquals(Locale.KOREAN, RequestLanguage.of("fr, ko;q=0.5, en;q=0.3"));
    assertEquals(Locale.ENGLISH, RequestLanguage.of("en-US,en;q=0.9,ko;q=0.8"));
    assertEquals(Locale.ENGLISH, RequestLanguage.of("ko;q=0.4, en;q=0.6"));
  }

  @Test
  void answersInEnglishWhenTheClientNamesNeither() {
    assertEquals(Locale.ENGLISH, RequestLanguage.of((String) null));
    assertEquals(Locale.ENGLISH, RequestLanguage.of(""));
    assertEquals(Locale.ENGLISH, RequestLanguage.of("fr-FR, de"));
    assertEquals(Locale.ENGLISH, RequestLanguage.of("*"));
    assertEquals(Locale.ENGLISH, RequestLanguage.of("ko;q=0"));
    assertEquals(Locale.ENGLISH, RequestLanguage.of(";;not a header"));
  }
}
