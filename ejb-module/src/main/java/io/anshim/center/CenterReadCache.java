package io.anshim.center;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.function.Supplier;
import org.infinispan.Cache;

/**
 * The read side of the center directory, kept in the Infinispan cache "anshim/centers" that
 * wildfly-config defines. Entries are immutable lists of views; a change to a center drops its
 * province's entries once the change is committed.
 */
@ApplicationScoped
class CenterReadCache {

  static final String PROVINCES = "provinces";
  static final String VACCINES = "vaccines";

  @Resource(lookup = "java:jboss/infinispan/cache/anshim/centers")
  private Cache<String, List<?>> cache;

  @SuppressWarnings("unchecked")
  <T> List<T> get(String key, Supplier<List<T>> loader) {
    List<T> cached = (List<T>) cache.get(key);
    if (cached != null) {
      return cached;
    }
    List<T> loaded = List.copyOf(loader.get());
    cache.putForExternalRead(key, loaded);
    return loaded;
  }

  static String districtsKey(String provinceCode) {
    return "districts:" + provinceCode;
  }

  static String centersKey(String provinceCode) {
    return "centers:" + provinceCode;
  }

  void onCenterChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CenterChanged change) {
    cache.remove(centersKey(change.provinceCode()));
  }
}
