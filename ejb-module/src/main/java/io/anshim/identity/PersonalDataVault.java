package io.anshim.identity;

import io.anshim.shared.KeyFolder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The server's personal-data keys: generated at first start into the {@link KeyFolder} (owner
 * read/write only), read from there afterwards. They are never in the repository or the database;
 * losing them makes the sealed data unreadable, so a real deployment backs the folder up like the
 * database (or replaces it with an HSM).
 */
@ApplicationScoped
public class PersonalDataVault {

  static final String HASH_KEY = "personal-data-hmac.key";
  static final String SEAL_KEY = "personal-data-aes.key";

  @Inject private KeyFolder keyFolder;

  private PersonalDataCipher cipher;

  @PostConstruct
  void loadKeys() {
    cipher = new PersonalDataCipher(keyFolder.secret(HASH_KEY), keyFolder.secret(SEAL_KEY));
  }

  public PersonalDataCipher cipher() {
    return cipher;
  }

  /**
   * The keyed hash that finds a person by resident number ({@code citizen.resident_number_hash}):
   * the one place it is computed, for sign-in, priority groups and proxy booking alike.
   */
  public String residentNumberHash(ResidentNumber number) {
    return cipher.hash(DefaultIdentityVerifications.RESIDENT_NUMBER, number.digits());
  }
}
