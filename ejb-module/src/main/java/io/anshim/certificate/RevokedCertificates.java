package io.anshim.certificate;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.infinispan.Cache;

/**
 * Every revoked certificate's UVCI, in the Infinispan cache "anshim/certificate-revocations", so
 * that the verifier can tell "revoked" without reading the register (see {@link
 * CertificateAnchors#remembered}). Revocations are few and never undone: the set is loaded whole
 * from the register when this node first needs it, a revocation committed on this node is added
 * before the operator's call returns, and {@link #followOtherNodes} adds within a minute those
 * committed by other nodes sharing only the database (a cluster's replicated cache has them at
 * once).
 */
@ApplicationScoped
public class RevokedCertificates {

  private static final Logger LOG = Logger.getLogger(RevokedCertificates.class.getName());

  private static final String ALL =
      "SELECT uvci FROM issued_certificate WHERE revoked_at IS NOT NULL";
  private static final String COUNT =
      "SELECT COUNT(*) FROM issued_certificate WHERE revoked_at IS NOT NULL";

  @Resource(lookup = "java:jboss/infinispan/cache/anshim/certificate-revocations")
  private Cache<String, Boolean> revoked;

  @Resource(lookup = "java:jboss/datasources/AnshimDS")
  private DataSource dataSource;

  private volatile boolean loaded;

  /** Whether the certificate was revoked; empty while only the register can tell. */
  Optional<Boolean> isRevoked(String uvci) {
    return loaded ? Optional.of(revoked.containsKey(uvci)) : Optional.empty();
  }

  /** Loads the set from the register if this node has not yet; reads the database. */
  void load() {
    if (!loaded) {
      loadAll();
    }
  }

  /** What the register says when it was read for another reason. */
  void remember(String uvci) {
    revoked.put(uvci, Boolean.TRUE);
  }

  void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateRevoked revocation) {
    remember(revocation.uvci());
  }

  /** Called every minute: revocations committed by nodes this one shares only the database with. */
  void followOtherNodes() {
    if (loaded && count() != revoked.size()) {
      LOG.info("Certificates revoked on another node: adding them here");
      loadAll();
    }
  }

  private synchronized void loadAll() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(ALL);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        revoked.put(rows.getString(1), Boolean.TRUE);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the revoked certificates cannot be read", e);
    }
    loaded = true;
  }

  private long count() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(COUNT);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("the revoked certificates cannot be counted", e);
    }
  }
}
