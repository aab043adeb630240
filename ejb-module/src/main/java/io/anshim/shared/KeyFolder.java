package io.anshim.shared;

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
 * The folder where the server keeps the keys it generates at first start (signing keys, data keys):
 * {@code anshim.keys.dir} if set, else {@code ${jboss.server.data.dir}/anshim/keys}. Never inside
 * the repository; readable by the server's user only. Back it up with the database: sealed data
 * cannot be read without it, and every node of a cluster needs the same keys.
 */
@ApplicationScoped
public class KeyFolder {

  private static final Logger LOG = Logger.getLogger(KeyFolder.class.getName());
  private static final int SECRET_BYTES = 32;

  public Path path() {
    String configured = System.getProperty("anshim.keys.dir");
    Path folder =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : Path.of(System.getProperty("jboss.server.data.dir", "."), "anshim", "keys");
    try {
      if (!Files.isDirectory(folder)) {
        Files.createDirectories(folder);
        restrictToOwner(folder);
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the key folder " + folder, e);
    }
  }

  /** The 256-bit secret kept in the file {@code name} of this folder, made on first use. */
  public byte[] secret(String name) {
    return secret(path(), name);
  }

  /** Reads the 256-bit secret in {@code folder/name}, creating it (mode 0600) if it is missing. */
  public static byte[] secret(Path folder, String name) {
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve(name);
      if (!Files.exists(file)) {
        byte[] fresh = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(fresh);
        try {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.write(file, fresh, StandardOpenOption.TRUNCATE_EXISTING);
          LOG.info("Generated key " + file);
        } catch (FileAlreadyExistsException anotherNodeWasFaster) {
          // read the key the other one wrote
        }
      }
      byte[] key = Files.readAllBytes(file);
      if (key.length != SECRET_BYTES) {
        throw new IllegalStateException(file + " is not a 256-bit key");
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void restrictToOwner(Path folder) throws IOException {
    try {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException notPosix) {
      // a file system without POSIX permissions (Windows): the server user's profile protects it
    }
  }
}
