package io.anshim.certificate;

import io.anshim.certificate.issuance.CertificateHolder;
import io.anshim.certificate.issuance.IcaoName;
import io.anshim.certificate.issuance.VaccinationCertificateIssuer;
import io.anshim.certificate.issuance.VaccinationDose;
import io.anshim.vaccination.VaccinationRecord;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Test-only (certificate-test.war, never in the real EAR): records doses the way the vaccinator's
 * screen will, and signs a certificate with OUR current key outside issuance.
 */
@Stateless
@PermitAll
public class CertificateFixtures {

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  @EJB private CertificateTrust trust;

  public long recordDose(long citizenId, String vaccine, int dose, int of, int daysAgo) {
    Long center =
        em.createQuery("SELECT MIN(c.id) FROM VaccinationCenter c", Long.class).getSingleResult();
    Clock clock = Clock.systemUTC();
    VaccinationRecord record =
        new VaccinationRecord(
            citizenId,
            null,
            center,
            vaccine,
            "LOT-" + dose,
            dose,
            of,
            clock.instant().minus(Duration.ofDays(daysAgo)),
            "vaccinator-test",
            clock.instant());
    em.persist(record);
    em.flush();
    return record.getId();
  }

  /** A well-formed certificate signed with our current DSC that the portal never issued. */
  public String signOutsideIssuance() {
    CertificateHolder holder =
        new CertificateHolder(
            "김",
            "위조",
            new IcaoName("GIM"),
            Optional.of(new IcaoName("WIJO")),
            LocalDate.of(1980, 1, 1),
            Optional.empty());
    VaccinationDose dose =
        new VaccinationDose(
            "1119349007", "EU/1/20/1528", "ORG-100030215", 2, 2, LocalDate.now().minusDays(30));
    return new VaccinationCertificateIssuer("Korea Disease Control and Prevention Agency")
        .issue(holder, dose, trust.signing().currentSigner(), Clock.systemUTC().instant())
        .text();
  }
}
