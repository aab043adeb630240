package io.anshim.certificate;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.infinispan.Cache;

/**
 * Reads what the verifier needs from the register of issued certificates: the ledger salt, the leaf
 * data at the certificate's ledger index, and whether it was revoked. One indexed read over JDBC
 * per certificate on each node, the verifier's hot path, so no persistence context is opened for
 * it; the rows are written through JPA ({@code CertificateRecord}, the ledger's {@code
 * LedgerEntry}). The salt and leaf data never change once the entry is under a signed checkpoint,
 * so they are remembered (the Infinispan cache "anshim/certificate-anchors", bounded) and, with
 * {@link RevokedCertificates}, let a certificate verified before be answered from memory.
 */
@ApplicationScoped
public class CertificateAnchors {

  /**
   * The entry must lie under the checkpoint recorded at issuance: issuance stores the row only
   * after its entry is under a signed checkpoint, and entries under a signed checkpoint never
   * change.
   */
  private static final String ANCHOR =
      "SELECT c.ledger_salt, e.leaf_data, c.revoked_at IS NOT NULL"
          + " FROM issued_certificate c JOIN ledger_entry e ON e.entry_index = c.ledger_index"
          + " WHERE c.uvci = ? AND c.ledger_index < c.checkpoint_size";

  /** Where a certificate is anchored, as hex, and whether it has been revoked since. */
  public record Anchor(String ledgerSaltHex, String leafDataHex, boolean revoked) {}

  /** The part of an anchor that never changes. */
  record Anchored(String ledgerSaltHex, String leafDataHex) {}

  @Resource(lookup = "java:jboss/datasources/AnshimDS")
  private DataSource dataSource;

  @Resource(lookup = "java:jboss/infinispan/cache/anshim/certificate-anchors")
  private Cache<String, Anchored> anchored;

  @Inject private RevokedCertificates revocations;

  /**
   * The anchor as {@link #find} would read it, from memory alone; empty when only the register can
   * tell (a certificate not read on this node yet, or one never issued). Never waits.
   */
  public Optional<Anchor> remembered(String uvci) {
    Anchored known = anchored.get(uvci);
    if (known == null) {
      return Optional.empty();
    }
    return revocations
        .isRevoked(uvci)
        .map(revoked -> new Anchor(known.ledgerSaltHex(), known.leafDataHex(), revoked));
  }

  /** Reads the register, and remembers what it found. */
  public Optional<Anchor> find(String uvci) {
    revocations.load();
    Optional<Anchor> found = read(uvci);
    found.ifPresent(
        anchor -> {
          if (anchor.revoked()) {
            revocations.remember(uvci);
          }
          anchored.putForExternalRead(
              uvci, new Anchored(anchor.ledgerSaltHex(), anchor.leafDataHex()));
        });
    return found;
  }

  private Optional<Anchor> read(String uvci) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(ANCHOR)) {
      query.setString(1, uvci);
      try (ResultSet row = query.executeQuery()) {
        return row.next()
            ? Optional.of(new Anchor(row.getString(1), row.getString(2), row.getBoolean(3)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the register of issued certificates cannot be read", e);
    }
  }
}
