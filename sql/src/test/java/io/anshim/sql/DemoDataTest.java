package io.anshim.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The migrations apply to an empty database and leave the demo data a newcomer relies on. */
class DemoDataTest {

  private static JdbcDataSource database;

  @BeforeAll
  static void migrate() {
    database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:demo-data;DB_CLOSE_DELAY=-1");
    database.setUser("sa");
    assertTrue(SchemaMigration.migrate(database).success);
  }

  @Test
  void allSeventeenProvincesWithTheirDistricts() throws SQLException {
    assertEquals(17, count("SELECT COUNT(*) FROM province"));
    assertTrue(count("SELECT COUNT(*) FROM district") >= 220);
    assertEquals(25, count("SELECT COUNT(*) FROM district WHERE province_code = '11'"));
    assertEquals(
        0, count("SELECT COUNT(*) FROM district WHERE SUBSTRING(code, 1, 2) <> province_code"));
  }

  @Test
  void atLeast250CentersAndEveryDistrictHasOne() throws SQLException {
    assertTrue(count("SELECT COUNT(*) FROM vaccination_center") >= 250);
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM district d WHERE NOT EXISTS"
                + " (SELECT 1 FROM vaccination_center c WHERE c.district_code = d.code)"));
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM vaccination_center c WHERE NOT EXISTS"
                + " (SELECT 1 FROM center_vaccine v WHERE v.center_id = c.id)"));
  }

  @Test
  void theFour2021VaccinesWithTheirIntervals() throws SQLException {
    assertEquals("21-42", interval("PFIZER"));
    assertEquals("28-42", interval("MODERNA"));
    assertEquals("56-84", interval("ASTRAZENECA"));
    assertEquals(1, count("SELECT dose_count FROM vaccine WHERE code = 'JANSSEN'"));
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM vaccine WHERE code = 'JANSSEN' AND min_interval_days IS NOT NULL"));
  }

  @Test
  void staffOfEveryRoleWithBcryptPasswords() throws SQLException {
    for (String role : new String[] {"VACCINATOR", "BUSINESS", "INVESTIGATOR", "OPERATOR"}) {
      assertTrue(
          count("SELECT COUNT(*) FROM staff_account WHERE role = '" + role + "'") >= 2, role);
    }
    assertEquals(
        0, count("SELECT COUNT(*) FROM staff_account WHERE password_hash NOT LIKE '$2a$10$%'"));
    assertEquals(1, count("SELECT center_id FROM staff_account WHERE username = 'vaccinator1'"));
  }

  private static String interval(String vaccine) throws SQLException {
    return count("SELECT min_interval_days FROM vaccine WHERE code = '" + vaccine + "'")
        + "-"
        + count("SELECT max_interval_days FROM vaccine WHERE code = '" + vaccine + "'");
  }

  private static long count(String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      assertTrue(result.next(), sql);
      return result.getLong(1);
    }
  }
}
