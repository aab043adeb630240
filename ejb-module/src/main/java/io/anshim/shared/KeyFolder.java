package io.anshim.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The folder where the server keeps the keys it generates at first start (signing keys, data keys):
 * {@code anshim.keys.dir} if set, else {@code ${jboss.server.data.dir}/anshim/keys}. Never inside
 * the repository; readable by the server's user only.
 */
@ApplicationScoped
public class KeyFolder {

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

  private static void restrictToOwner(Path folder) throws IOException {
    try {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException notPosix) {
      // a file system without POSIX permissions (Windows): the server user's profile protects it
    }
  }
}
