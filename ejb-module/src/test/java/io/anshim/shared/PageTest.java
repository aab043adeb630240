package io.anshim.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {

  private static final List<Integer> TWENTY_THREE = IntStream.range(0, 23).boxed().toList();

  @Test
  void aMiddlePageHoldsItsSliceAndCountsTheWhole() {
    Page<Integer> page = Page.of(TWENTY_THREE, new PageRequest(1, 10));

    assertEquals(IntStream.range(10, 20).boxed().toList(), page.items());
    assertEquals(23, page.totalItems());
    assertEquals(3, page.totalPages());
  }

  @Test
  void theLastPageIsShortAndPastTheEndIsEmpty() {
    assertEquals(List.of(20, 21, 22), Page.of(TWENTY_THREE, new PageRequest(2, 10)).items());
    assertEquals(List.of(), Page.of(TWENTY_THREE, new PageRequest(7, 10)).items());
    assertEquals(0, Page.of(List.of(), PageRequest.first(10)).totalPages());
  }

  @Test
  void koreanIsTheDefaultLanguageOfAText() {
    Localized name = new Localized("서울특별시", "Seoul");
    assertEquals("Seoul", name.in(java.util.Locale.ENGLISH));
    assertEquals("서울특별시", name.in(java.util.Locale.KOREAN));
    assertEquals("서울특별시", name.in(java.util.Locale.FRENCH));
  }
}
