package io.anshim.center;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaCenterRepository implements CenterRepository {

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  @Override
  public List<Province> provinces() {
    return em.createNamedQuery(Province.ALL, Province.class).getResultList();
  }

  @Override
  public Optional<Province> province(String code) {
    return Optional.ofNullable(em.find(Province.class, code));
  }

  @Override
  public List<District> districtsOf(String provinceCode) {
    return em.createNamedQuery(District.OF_PROVINCE, District.class)
        .setParameter("province", provinceCode)
        .getResultList();
  }

  @Override
  public Optional<District> district(String code) {
    return Optional.ofNullable(em.find(District.class, code));
  }

  @Override
  public List<Vaccine> vaccines() {
    return em.createNamedQuery(Vaccine.ALL, Vaccine.class).getResultList();
  }

  @Override
  public List<VaccinationCenter> centersInProvince(String provinceCode) {
    return em.createNamedQuery(VaccinationCenter.IN_PROVINCE, VaccinationCenter.class)
        .setParameter("province", provinceCode)
        .getResultList();
  }

  @Override
  public List<VaccinationCenter> centersInDistrict(String districtCode) {
    return em.createNamedQuery(VaccinationCenter.IN_DISTRICT, VaccinationCenter.class)
        .setParameter("district", districtCode)
        .getResultList();
  }

  @Override
  public Optional<VaccinationCenter> center(long id) {
    return Optional.ofNullable(em.find(VaccinationCenter.class, id));
  }
}
