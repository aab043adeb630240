package io.anshim.vaccination;

import java.sql.SQLException;

/** Recognises a broken unique key: SQLSTATE 23505, the same on H2 and PostgreSQL. */
public final class UniqueKeyViolation {

  private UniqueKeyViolation() {}

  public static boolean in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
