package io.anshim.ledger.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.anshim.ledger.merkle.Hash;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckpointTest {

  private static final Hash ROOT =
      Hash.fromHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
  private static final String BODY =
      "example.com/ledger-test\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n";

  @Test
  void bodyHasOriginSizeAndBase64Root() throws Exception {
    Checkpoint checkpoint = new Checkpoint("example.com/ledger-test", 8, ROOT);
    assertEquals(BODY, checkpoint.body());
    assertEquals(checkpoint, Checkpoint.parse(BODY));
  }

  @Test
  void extensionLinesRoundTrip() throws Exception {
    Checkpoint checkpoint = new Checkpoint("o", 0, Hash.EMPTY_TREE, List.of("ext one", "ext two"));
    assertEquals(checkpoint, Checkpoint.parse(checkpoint.body()));
    assertEquals(List.of("ext one", "ext two"), Checkpoint.parse(checkpoint.body()).extensions());
  }

  @Test
  void sizeIsUnsigned64Bit() throws Exception {
    Checkpoint checkpoint = Checkpoint.parse("o\n18446744073709551615\n" + ROOT.base64() + "\n");
    assertEquals(-1L, checkpoint.size());
    assertEquals("o\n18446744073709551615\n" + ROOT.base64() + "\n", checkpoint.body());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "example.com/ledger-test\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=",
        "example.com/ledger-test\n8\n",
        "\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n",
        "example.com/ledger-test\n08\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n",
        "example.com/ledger-test\n+8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n",
        "example.com/ledger-test\n-8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n",
        "example.com/ledger-test\n18446744073709551616\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n",
        "example.com/ledger-test\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQ==\n",
        "example.com/ledger-test\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg\n",
        "example.com/ledger-test\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\n",
        "example.com/ledger-test\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\next\n\n",
      })
  void malformedCheckpointsAreRejected(String body) {
    assertThrows(InvalidNoteException.class, () -> Checkpoint.parse(body));
  }

  @Test
  void constructorRefusesLinesThatWouldBreakTheFormat() {
    assertThrows(IllegalArgumentException.class, () -> new Checkpoint("", 1, ROOT));
    assertThrows(IllegalArgumentException.class, () -> new Checkpoint("a\nb", 1, ROOT));
    assertThrows(IllegalArgumentException.class, () -> new Checkpoint("o", 1, ROOT, List.of("")));
    assertThrows(
        IllegalArgumentException.class, () -> new Checkpoint("o", 1, ROOT, List.of("x\ny")));
  }
}
