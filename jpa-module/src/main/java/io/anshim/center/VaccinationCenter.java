package io.anshim.center;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A place where people are vaccinated: a public health center, a hospital or a mass site. Kept in
 * the second-level cache with the vaccines it offers: every booking reads both, and they change
 * only through this entity (an operator's edit), which updates the cache when it commits.
 */
@Entity
@Cacheable
@Table(name = "vaccination_center")
@NamedQuery(
    name = VaccinationCenter.IN_PROVINCE,
    query =
        "SELECT DISTINCT c FROM VaccinationCenter c JOIN FETCH c.district LEFT JOIN FETCH c.vaccines"
            + " WHERE c.district.province.code = :province ORDER BY c.id")
@NamedQuery(
    name = VaccinationCenter.IN_DISTRICT,
    query =
        "SELECT DISTINCT c FROM VaccinationCenter c JOIN FETCH c.district LEFT JOIN FETCH c.vaccines"
            + " WHERE c.district.code = :district ORDER BY c.id")
public class VaccinationCenter {

  public static final String IN_PROVINCE = "VaccinationCenter.inProvince";
  public static final String IN_DISTRICT = "VaccinationCenter.inDistrict";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vaccination_center_seq")
  @SequenceGenerator(
      name = "vaccination_center_seq",
      sequenceName = "vaccination_center_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "district_code", nullable = false)
  private District district;

  @Column(name = "name_ko", nullable = false, length = 100)
  private String nameKo;

  @Column(name = "name_en", nullable = false, length = 140)
  private String nameEn;

  @Column(name = "address_ko", nullable = false, length = 200)
  private String addressKo;

  @Column(name = "address_en", nullable = false, length = 240)
  private String addressEn;

  @Column(name = "phone", length = 20)
  private String phone;

  @Column(name = "latitude", nullable = false, precision = 9, scale = 6)
  private BigDecimal latitude;

  @Column(name = "longitude", nullable = false, precision = 9, scale = 6)
  private BigDecimal longitude;

  @ManyToMany(fetch = FetchType.LAZY)
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  @JoinTable(
      name = "center_vaccine",
      joinColumns = @JoinColumn(name = "center_id"),
      inverseJoinColumns = @JoinColumn(name = "vaccine_code"))
  private Set<Vaccine> vaccines = new LinkedHashSet<>();

  /** People one 30-minute booking slot takes unless a slot was set otherwise. */
  @Column(name = "doses_per_slot", nullable = false)
  private int dosesPerSlot;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected VaccinationCenter() {}

  public Long getId() {
    return id;
  }

  public District getDistrict() {
    return district;
  }

  public String getNameKo() {
    return nameKo;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getAddressKo() {
    return addressKo;
  }

  public String getAddressEn() {
    return addressEn;
  }

  public String getPhone() {
    return phone;
  }

  public BigDecimal getLatitude() {
    return latitude;
  }

  public BigDecimal getLongitude() {
    return longitude;
  }

  public long getVersion() {
    return version;
  }

  public int getDosesPerSlot() {
    return dosesPerSlot;
  }

  public void takePerSlot(int doses) {
    if (doses < 0 || doses > 1000) {
      throw new IllegalArgumentException("a slot takes 0 to 1000 people, not " + doses);
    }
    this.dosesPerSlot = doses;
  }

  /** The vaccines offered here, in code order. */
  public List<Vaccine> getVaccines() {
    return vaccines.stream().sorted(Comparator.comparing(Vaccine::getCode)).toList();
  }

  public void rename(String nameKo, String nameEn) {
    this.nameKo = requireText(nameKo, "nameKo");
    this.nameEn = requireText(nameEn, "nameEn");
  }

  public void moveTo(String addressKo, String addressEn, String phone) {
    this.addressKo = requireText(addressKo, "addressKo");
    this.addressEn = requireText(addressEn, "addressEn");
    this.phone = phone == null || phone.isBlank() ? null : phone.strip();
  }

  public void offer(Collection<Vaccine> offered) {
    Objects.requireNonNull(offered, "offered");
    if (offered.isEmpty()) {
      throw new IllegalArgumentException("a vaccination center offers at least one vaccine");
    }
    vaccines.clear();
    vaccines.addAll(offered);
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value.strip();
  }
}
