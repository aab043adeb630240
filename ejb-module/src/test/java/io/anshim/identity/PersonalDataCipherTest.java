package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.shared.KeyFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataCipherTest {

  private final PersonalDataCipher cipher = new PersonalDataCipher(key(1), key(2));

  @Test
  void aSealedValueOpensOnlyAsTheFieldItWasSealedFor() {
    String sealed = cipher.seal("resident-number", "9001011234567");

    assertFalse(sealed.contains("9001011234567"));
    assertNotEquals(sealed, cipher.seal("resident-number", "9001011234567"));
    assertEquals("9001011234567", cipher.open("resident-number", sealed));
    assertThrows(IllegalStateException.class, () -> cipher.open("mobile", sealed));
  }

  @Test
  void aKeyedHashFindsThePersonButNeedsTheServerKey() {
    String hash = cipher.hash("resident-number", "9001011234567");

    assertEquals(hash, cipher.hash("resident-number", "9001011234567"));
    assertEquals(64, hash.length());
    assertTrue(cipher.matches("resident-number", "9001011234567", hash));
    assertNotEquals(
        hash, new PersonalDataCipher(key(3), key(2)).hash("resident-number", "9001011234567"));
  }

  @Test
  void keysAreGeneratedOnceOwnerReadableOnly(@TempDir Path folder) throws Exception {
    byte[] first = KeyFolder.secret(folder.resolve("keys"), "k.key");
    byte[] again = KeyFolder.secret(folder.resolve("keys"), "k.key");

    assertEquals(32, first.length);
    assertArrayEquals(first, again);
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("keys/k.key"))));
  }

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }
}
