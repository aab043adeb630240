package io.anshim.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every foreign key's first column leads an index the migrations declare. H2 makes such an index by
 * itself, PostgreSQL does not: there a lookup by the column (a person's bookings, a dose's
 * follow-up) and every delete of a referenced row (the retention purges) would read the whole
 * referencing table. Counted here are declared indexes, primary keys and unique constraints, not
 * the indexes H2 adds for a foreign key. Left out, by name: references to rows never deleted and
 * never searched by, where an index would only slow the writes of the busiest table.
 */
class ForeignKeyIndexTest {

  private static final String FOREIGN_KEYS =
      "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.COLUMN_NAME"
          + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
          + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
          + " AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME AND k.ORDINAL_POSITION = 1"
          + " WHERE tc.CONSTRAINT_TYPE = 'FOREIGN KEY' AND tc.TABLE_SCHEMA = 'PUBLIC'"
          + " ORDER BY tc.TABLE_NAME, k.COLUMN_NAME";

  /**
   * Indexes led by the column that PostgreSQL would have too: declared ones, and those of primary
   * keys and unique constraints (H2 may share one with a foreign key). H2 names the indexes it
   * makes for a constraint CONSTRAINT_INDEX_...
   */
  private static final String LEADING_INDEXES =
      "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEX_COLUMNS ic"
          + " JOIN INFORMATION_SCHEMA.INDEXES i ON i.INDEX_SCHEMA = ic.INDEX_SCHEMA"
          + " AND i.INDEX_NAME = ic.INDEX_NAME"
          + " WHERE ic.TABLE_SCHEMA = 'PUBLIC' AND ic.TABLE_NAME = ? AND ic.COLUMN_NAME = ?"
          + " AND ic.ORDINAL_POSITION = 1"
          + " AND (EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c"
          + " WHERE c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME"
          + " AND c.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE'))"
          + " OR i.INDEX_NAME NOT LIKE 'CONSTRAINT\\_INDEX\\_%' ESCAPE '\\')";

  private static final Set<String> NEEDING_NONE =
      Set.of(
          "BOOKING(VACCINE_CODE)",
          "BOOKING(SLOT_ID)",
          "BOOKING(LEFTOVER_OFFER_ID)",
          "CENTER_VACCINE(VACCINE_CODE)",
          "LEFTOVER_OFFER(VACCINE_CODE)",
          "VACCINATION_RECORD(VACCINE_CODE)");

  private static JdbcDataSource database;

  @BeforeAll
  static void migrate() {
    database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:foreign-key-index;DB_CLOSE_DELAY=-1");
    database.setUser("sa");
    assertTrue(SchemaMigration.migrate(database).success);
  }

  @Test
  void everyForeignKeyLeadsAnIndexOfItsOwn() throws SQLException {
    List<String> unindexed = new ArrayList<>();
    int checked = 0;
    try (Connection connection = database.getConnection();
        PreparedStatement keys = connection.prepareStatement(FOREIGN_KEYS);
        PreparedStatement indexes = connection.prepareStatement(LEADING_INDEXES);
        ResultSet key = keys.executeQuery()) {
      while (key.next()) {
        checked++;
        String column = key.getString(1) + "(" + key.getString(3) + ")";
        if (NEEDING_NONE.contains(column)) {
          continue;
        }
        indexes.setString(1, key.getString(1));
        indexes.setString(2, key.getString(3));
        try (ResultSet count = indexes.executeQuery()) {
          count.next();
          if (count.getInt(1) == 0) {
            unindexed.add(column);
          }
        }
      }
    }
    assertTrue(checked > 20, "foreign keys found: " + checked);
    assertEquals(List.of(), unindexed, "foreign keys without an index of their own");
  }
}
