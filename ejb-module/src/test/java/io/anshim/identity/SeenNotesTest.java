package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeenNotesTest {

  private static final Instant T = Instant.parse("2027-01-01T00:00:00Z");
  private final SeenNotes notes = new SeenNotes();

  @Test
  void eachSessionIsWrittenOnceWithTheLatestTimeItWasSeen() {
    notes.seen("a", T.plusSeconds(5));
    notes.seen("a", T);
    notes.seen("b", T.plusSeconds(1));

    List<SeenNotes.Chunk> chunks = notes.take(500);
    assertEquals(1, chunks.size());
    assertEquals(Set.of("a", "b"), Set.copyOf(chunks.get(0).sessionIds()));
    assertEquals(T.plusSeconds(5), chunks.get(0).at());
    assertTrue(notes.isEmpty());
    assertTrue(notes.take(500).isEmpty(), "nothing is written twice");
  }

  @Test
  void manySessionsAreWrittenInChunks() {
    for (int i = 0; i < 1_201; i++) {
      notes.seen("s" + i, T.plusSeconds(i % 7));
    }
    List<SeenNotes.Chunk> chunks = notes.take(500);
    assertEquals(List.of(500, 500, 201), chunks.stream().map(c -> c.sessionIds().size()).toList());
    assertEquals(
        1_201,
        chunks.stream().flatMap(c -> c.sessionIds().stream()).collect(Collectors.toSet()).size());
  }
}
