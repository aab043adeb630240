package io.anshim.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaCitizenRepository implements CitizenRepository {

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  @Override
  public Optional<Citizen> citizen(long id) {
    return Optional.ofNullable(em.find(Citizen.class, id));
  }

  @Override
  public Optional<Citizen> citizenForUpdate(long id) {
    return Optional.ofNullable(em.find(Citizen.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Citizen> citizenByResidentNumberHash(String hash) {
    return em.createNamedQuery(Citizen.BY_RESIDENT_NUMBER_HASH, Citizen.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Citizen citizen) {
    em.persist(citizen);
  }

  @Override
  public void add(IdentityVerification verification) {
    em.persist(verification);
  }

  @Override
  public Optional<IdentityVerification> verificationForUpdate(String id) {
    return Optional.ofNullable(
        em.find(IdentityVerification.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public long startsBySubject(String subjectHash, Instant since) {
    return em.createNamedQuery(IdentityVerification.STARTS_BY_SUBJECT, Long.class)
        .setParameter("subject", subjectHash)
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public long startsFromAddress(String clientAddress, Instant since) {
    return em.createNamedQuery(IdentityVerification.STARTS_FROM_ADDRESS, Long.class)
        .setParameter("address", clientAddress)
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public Optional<Instant> lockedUntil(String subjectHash, Instant now) {
    return Optional.ofNullable(
        em.createNamedQuery(IdentityVerification.LOCKED_UNTIL, Instant.class)
            .setParameter("subject", subjectHash)
            .setParameter("now", now)
            .getSingleResult());
  }

  @Override
  public void add(CitizenSession session) {
    em.persist(session);
  }

  @Override
  public Optional<CitizenSession> session(String id) {
    return Optional.ofNullable(em.find(CitizenSession.class, id));
  }

  @Override
  public List<CitizenSession> openSessions(long citizenId) {
    return em.createNamedQuery(CitizenSession.OPEN_OF_CITIZEN, CitizenSession.class)
        .setParameter("citizen", citizenId)
        .getResultList();
  }

  @Override
  public int markSeen(Collection<String> sessionIds, Instant at) {
    return em.createQuery(
            "UPDATE CitizenSession s SET s.lastSeenAt = :at"
                + " WHERE s.id IN :ids AND s.lastSeenAt < :at")
        .setParameter("at", at)
        .setParameter("ids", sessionIds)
        .executeUpdate();
  }

  @Override
  public List<CitizenSession> recentSessions(long citizenId, int max) {
    return em.createNamedQuery(CitizenSession.RECENT_OF_CITIZEN, CitizenSession.class)
        .setParameter("citizen", citizenId)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void add(SmsMessage message) {
    em.persist(message);
  }

  @Override
  public List<SmsMessage> latestMessages(int max) {
    return em.createNamedQuery(SmsMessage.LATEST, SmsMessage.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<SmsMessage> messagesFor(String reference) {
    return em.createNamedQuery(SmsMessage.BY_REFERENCE, SmsMessage.class)
        .setParameter("reference", reference)
        .getResultList();
  }

  @Override
  public Optional<StaffAccount> staffAccount(String username) {
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<StaffAccount> staffAccount(long id) {
    return Optional.ofNullable(em.find(StaffAccount.class, id));
  }

  @Override
  public List<StaffAccount> staffAccounts(Collection<String> roles, int offset, int count) {
    return em.createNamedQuery(StaffAccount.WITH_ROLES, StaffAccount.class)
        .setParameter("roles", roles)
        .setFirstResult(offset)
        .setMaxResults(count)
        .getResultList();
  }

  @Override
  public long countStaffAccounts(Collection<String> roles) {
    return em.createNamedQuery(StaffAccount.COUNT_WITH_ROLES, Long.class)
        .setParameter("roles", roles)
        .getSingleResult();
  }

  @Override
  public boolean businessNumberTaken(String businessNumber) {
    return !em.createNamedQuery(BusinessOwner.BY_BUSINESS_NUMBER, BusinessOwner.class)
        .setParameter("number", businessNumber)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(StaffAccount account) {
    em.persist(account);
    em.flush(); // before rows that refer to it without a mapped association (business_owner)
  }

  @Override
  public void add(BusinessOwner owner) {
    em.persist(owner);
  }
}
