package io.anshim.center;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A province or metropolitan city (시·도), identified by its 2-digit administrative code. */
@Entity
@Table(name = "province")
@NamedQuery(name = Province.ALL, query = "SELECT p FROM Province p ORDER BY p.sortOrder")
public class Province {

  public static final String ALL = "Province.all";

  @Id
  @Column(name = "code", length = 2)
  private String code;

  @Column(name = "name_ko", nullable = false)
  private String nameKo;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected Province() {}

  public String getCode() {
    return code;
  }

  public String getNameKo() {
    return nameKo;
  }

  public String getNameEn() {
    return nameEn;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
