package io.anshim.center;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Period;
import java.util.Optional;

/**
 * A COVID-19 vaccine product with its dose schedule and EU DCC value-set codes. The interval
 * between doses lives here and nowhere else. Kept in the second-level cache: every booking reads
 * it, and it changes only with a migration, before the server starts.
 */
@Entity
@Cacheable
@Table(name = "vaccine")
@NamedQuery(name = Vaccine.ALL, query = "SELECT v FROM Vaccine v ORDER BY v.code")
public class Vaccine {

  public static final String ALL = "Vaccine.all";

  @Id
  @Column(name = "code", length = 20)
  private String code;

  @Column(name = "name_ko", nullable = false)
  private String nameKo;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "dcc_product", nullable = false)
  private String dccProduct;

  @Column(name = "dcc_manufacturer", nullable = false)
  private String dccManufacturer;

  @Column(name = "dcc_prophylaxis", nullable = false)
  private String dccProphylaxis;

  @Column(name = "dose_count", nullable = false)
  private int doseCount;

  @Column(name = "min_interval_days")
  private Integer minIntervalDays;

  @Column(name = "max_interval_days")
  private Integer maxIntervalDays;

  protected Vaccine() {}

  public String getCode() {
    return code;
  }

  public String getNameKo() {
    return nameKo;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getDccProduct() {
    return dccProduct;
  }

  public String getDccManufacturer() {
    return dccManufacturer;
  }

  public String getDccProphylaxis() {
    return dccProphylaxis;
  }

  public int getDoseCount() {
    return doseCount;
  }

  public boolean isSingleDose() {
    return doseCount == 1;
  }

  /** The shortest wait from one dose to the next; empty for a single-dose vaccine. */
  public Optional<Period> minimumInterval() {
    return Optional.ofNullable(minIntervalDays).map(Period::ofDays);
  }

  /** The longest wait from one dose to the next; empty for a single-dose vaccine. */
  public Optional<Period> maximumInterval() {
    return Optional.ofNullable(maxIntervalDays).map(Period::ofDays);
  }
}
