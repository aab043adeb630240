package io.anshim.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;

/**
 * A native SQL update that names the one table it changes. Hibernate cannot tell what an undeclared
 * native update touched, so it empties every region of the second-level cache after it: the center
 * catalogue that each booking reads would then be read from the database again after every place
 * taken.
 */
public final class NativeUpdate {

  private NativeUpdate() {}

  public static Query on(EntityManager em, String table, String sql) {
    return em.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace(table);
  }
}
