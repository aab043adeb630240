package io.anshim.booking.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaBookingPolicyRepository implements BookingPolicyRepository {

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  @Override
  public List<BookingWindow> windows() {
    return em.createNamedQuery(BookingWindow.ALL, BookingWindow.class).getResultList();
  }

  @Override
  public List<BookingWindow> windowsCovering(int birthYear, String residentNumberHash) {
    return em.createNamedQuery(BookingWindow.COVERING, BookingWindow.class)
        .setParameter("year", birthYear)
        .setParameter("hash", residentNumberHash)
        .getResultList();
  }

  @Override
  public Optional<BookingWindow> window(long id) {
    return Optional.ofNullable(em.find(BookingWindow.class, id));
  }

  @Override
  public void add(BookingWindow window) {
    em.persist(window);
  }

  @Override
  public void remove(BookingWindow window) {
    em.remove(window);
  }

  @Override
  public boolean isMember(String groupCode, String residentNumberHash) {
    return em.createNamedQuery(PriorityGroupMember.COUNT, Long.class)
            .setParameter("group", groupCode)
            .setParameter("hash", residentNumberHash)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<String> groupsOf(String residentNumberHash) {
    return em.createNamedQuery(PriorityGroupMember.GROUPS_OF, String.class)
        .setParameter("hash", residentNumberHash)
        .getResultList();
  }

  @Override
  public long groupSize(String groupCode) {
    return em.createNamedQuery(PriorityGroupMember.GROUP_SIZE, Long.class)
        .setParameter("group", groupCode)
        .getSingleResult();
  }

  @Override
  public void add(PriorityGroupMember member) {
    em.persist(member);
    em.flush();
  }

  @Override
  public void add(BookingPolicyChange change) {
    em.persist(change);
  }

  @Override
  public List<BookingPolicyChange> changes(int offset, int max) {
    return em.createNamedQuery(BookingPolicyChange.LATEST, BookingPolicyChange.class)
        .setFirstResult(offset)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long changeCount() {
    return em.createNamedQuery(BookingPolicyChange.COUNT, Long.class).getSingleResult();
  }

  @Override
  public void add(ProxyDecision decision) {
    em.persist(decision);
  }

  @Override
  public List<ProxyDecision> proxyDecisions(int offset, int max) {
    return em.createNamedQuery(ProxyDecision.LATEST, ProxyDecision.class)
        .setFirstResult(offset)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long proxyDecisionCount() {
    return em.createNamedQuery(ProxyDecision.COUNT, Long.class).getSingleResult();
  }
}
