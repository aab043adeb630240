package io.anshim.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.TreeMap;
import org.infinispan.manager.EmbeddedCacheManager;

/** Checks that the database answers and every application cache is running. */
@Stateless
@PermitAll
public class SystemHealth {

  static final String UP = "UP";
  private static final String PROBE_KEY = "health-probe";

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  @Resource(lookup = "java:jboss/infinispan/container/anshim")
  private EmbeddedCacheManager caches;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public HealthReport check() {
    Map<String, String> checks = new TreeMap<>();
    checks.put("database", database());
    for (String name : caches.getCacheConfigurationNames()) {
      checks.put("cache:" + name, cache(name));
    }
    boolean up = checks.values().stream().allMatch(UP::equals);
    return new HealthReport(up, checks);
  }

  private String database() {
    try {
      Number one = (Number) em.createNativeQuery("SELECT 1").getSingleResult();
      return one.intValue() == 1 ? UP : "DOWN: unexpected answer " + one;
    } catch (RuntimeException e) {
      return "DOWN: " + e.getClass().getSimpleName();
    }
  }

  /** A cache is up when it answers a read; a stopped or failed cache throws. */
  private String cache(String name) {
    try {
      caches.getCache(name).containsKey(PROBE_KEY);
      return UP;
    } catch (RuntimeException e) {
      return "DOWN: " + e.getClass().getSimpleName();
    }
  }
}
