package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;

class StaffPasswordsTest {

  @Test
  void aPasswordIsHashedWithBcryptInModularCryptForm() {
    String hash = StaffPasswords.hash("correct horse battery");

    assertTrue(hash.startsWith("$2a$12$"), hash);
    assertEquals(60, hash.length());
    assertTrue(StaffPasswords.matches("correct horse battery", hash));
    assertFalse(StaffPasswords.matches("correct horse battery!", hash));
  }

  @Test
  void theDemoAccountsHashesAreReadTheSameWay() {
    assertTrue(
        StaffPasswords.matches(
            "anshim-demo", "$2a$10$L8tWxkzGUKTlY9cSJiCYEeTMqaIjtSkzawgD66.Xlk9.TuGp5emyW"));
  }

  @Test
  void shortPasswordsAreRefused() {
    assertEquals(
        "error.staff.passwordLength",
        assertThrows(InvalidRequestException.class, () -> StaffPasswords.hash("short"))
            .messageKey());
  }
}
