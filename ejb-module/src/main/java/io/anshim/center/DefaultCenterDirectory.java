package io.anshim.center;

import io.anshim.shared.ConflictException;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.NotFoundException;
import io.anshim.shared.Page;
import io.anshim.shared.ValidationFailedException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@Stateless
@PermitAll
public class DefaultCenterDirectory implements CenterDirectory {

  @Inject private CenterRepository repository;
  @Inject private CenterReadCache cache;
  @Inject private Validator validator;
  @Inject private Event<CenterChanged> changes;

  @Override
  public List<ProvinceView> provinces() {
    return cache.get(
        CenterReadCache.PROVINCES,
        () -> repository.provinces().stream().map(ProvinceView::of).toList());
  }

  @Override
  public List<DistrictView> districts(String provinceCode) {
    ProvinceCode province = knownProvince(ProvinceCode.parse(provinceCode));
    return cache.get(
        CenterReadCache.districtsKey(province.value()),
        () -> repository.districtsOf(province.value()).stream().map(DistrictView::of).toList());
  }

  @Override
  public List<VaccineView> vaccines() {
    return cache.get(
        CenterReadCache.VACCINES,
        () -> repository.vaccines().stream().map(VaccineView::of).toList());
  }

  @Override
  public Page<CenterView> findCenters(CenterQuery query) {
    ProvinceCode province = knownProvince(query.province());
    query.district().ifPresent(this::knownDistrict);
    query.vaccine().ifPresent(this::knownVaccine);
    List<CenterView> inProvince =
        cache.get(
            CenterReadCache.centersKey(province.value()),
            () ->
                repository.centersInProvince(province.value()).stream()
                    .map(CenterView::of)
                    .toList());
    List<CenterView> matching =
        inProvince.stream()
            .filter(
                c -> query.district().map(d -> c.district().code().equals(d.value())).orElse(true))
            .filter(c -> query.vaccine().map(c::offers).orElse(true))
            .toList();
    return Page.of(matching, query.page());
  }

  @Override
  @RolesAllowed("OPERATOR")
  public CenterEdit editableCenter(long centerId) {
    return CenterEdit.of(existingCenter(centerId));
  }

  @Override
  @RolesAllowed("OPERATOR")
  public CenterView updateCenter(long centerId, CenterEdit edit) {
    Set<ConstraintViolation<CenterEdit>> violations = validator.validate(edit);
    if (!violations.isEmpty()) {
      throw new ValidationFailedException(violations);
    }
    VaccinationCenter center = existingCenter(centerId);
    if (center.getVersion() != edit.getVersion()) {
      throw new ConflictException("error.centerChangedMeanwhile", centerId);
    }
    Map<String, Vaccine> vaccines =
        repository.vaccines().stream()
            .collect(Collectors.toMap(Vaccine::getCode, Function.identity()));
    List<Vaccine> offered =
        edit.getVaccineCodes().stream()
            .distinct()
            .map(
                code -> {
                  Vaccine vaccine = vaccines.get(code);
                  if (vaccine == null) {
                    throw new InvalidRequestException("error.unknownVaccine", code);
                  }
                  return vaccine;
                })
            .toList();
    center.rename(edit.getNameKo(), edit.getNameEn());
    center.moveTo(edit.getAddressKo(), edit.getAddressEn(), edit.getPhone());
    center.offer(offered);
    changes.fire(new CenterChanged(center.getDistrict().getCode().substring(0, 2)));
    return CenterView.of(center);
  }

  private VaccinationCenter existingCenter(long centerId) {
    return repository
        .center(centerId)
        .orElseThrow(() -> new NotFoundException("error.unknownCenter", centerId));
  }

  private ProvinceCode knownProvince(ProvinceCode province) {
    boolean known = provinces().stream().anyMatch(p -> p.code().equals(province.value()));
    if (!known) {
      throw new InvalidRequestException("error.unknownProvince", province);
    }
    return province;
  }

  private void knownDistrict(DistrictCode district) {
    boolean known =
        districts(district.province().value()).stream()
            .anyMatch(d -> d.code().equals(district.value()));
    if (!known) {
      throw new InvalidRequestException("error.unknownDistrict", district);
    }
  }

  private void knownVaccine(String vaccineCode) {
    if (vaccines().stream().noneMatch(v -> v.code().equals(vaccineCode))) {
      throw new InvalidRequestException("error.unknownVaccine", vaccineCode);
    }
  }
}
