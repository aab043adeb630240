package io.anshim.identity;

import io.anshim.shared.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Staff passwords: bcrypt (cost 12) in the modular-crypt form ({@code $2a$...}) that the Elytron
 * realm's modular-crypt mapper reads. At least 10 characters; at most 72 bytes, all bcrypt uses.
 */
public final class StaffPasswords {

  static final int COST = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private StaffPasswords() {}

  public static String hash(String password) {
    if (password == null
        || password.length() < 10
        || password.getBytes(StandardCharsets.UTF_8).length > 72) {
      throw new InvalidRequestException("error.staff.passwordLength");
    }
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return OpenBSDBCrypt.generate("2a", password.toCharArray(), salt, COST);
  }

  public static boolean matches(String password, String hash) {
    return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
  }
}
