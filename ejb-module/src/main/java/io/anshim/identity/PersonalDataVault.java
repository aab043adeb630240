package io.anshim.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.logging.Logger;

/**
 * The server's personal-data keys: generated at first start into {@code
 * ${jboss.server.data.dir}/anshim/keys/} (owner read/write only), read from there afterwards. They
 * are never in the repository or the database; losing them makes the sealed data unreadable, so a
 * real deployment backs the folder up like the database (or replaces it with an HSM).
 */
@ApplicationScoped
public class PersonalDataVault {

  static final String HASH_KEY = "personal-data-hmac.key";
  static final String SEAL_KEY = "personal-data-aes.key";
  private static final Logger LOG = Logger.getLogger(PersonalDataVault.class.getName());

  private PersonalDataCipher cipher;

  @PostConstruct
  void loadKeys() {
    Path folder =
        Path.of(
            System.getProperty(
                "anshim.keys.dir",
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"))
                    + "/anshim/keys"));
    cipher = new PersonalDataCipher(key(folder, HASH_KEY), key(folder, SEAL_KEY));
  }

  /** Reads the 256-bit key in {@code folder/name}, creating it (mode 0600) if it is missing. */
  static byte[] key(Path folder, String name) {
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve(name);
      if (!Files.exists(file)) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.write(file, fresh, StandardOpenOption.TRUNCATE_EXISTING);
          LOG.info("Generated personal-data key " + file);
        } catch (FileAlreadyExistsException anotherNodeWasFaster) {
          // fall through and read the other one's key
        }
      }
      byte[] key = Files.readAllBytes(file);
      if (key.length != 32) {
        throw new IllegalStateException(file + " is not a 256-bit key");
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public PersonalDataCipher cipher() {
    return cipher;
  }
}
