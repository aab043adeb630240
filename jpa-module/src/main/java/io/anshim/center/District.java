package io.anshim.center;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A city, county or district (시·군·구) inside a province, with its 5-digit administrative code. */
@Entity
@Table(name = "district")
@NamedQuery(
    name = District.OF_PROVINCE,
    query = "SELECT d FROM District d WHERE d.province.code = :province ORDER BY d.code")
public class District {

  public static final String OF_PROVINCE = "District.ofProvince";

  @Id
  @Column(name = "code", length = 5)
  private String code;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "province_code", nullable = false)
  private Province province;

  @Column(name = "name_ko", nullable = false)
  private String nameKo;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  protected District() {}

  public String getCode() {
    return code;
  }

  public Province getProvince() {
    return province;
  }

  public String getNameKo() {
    return nameKo;
  }

  public String getNameEn() {
    return nameEn;
  }
}
