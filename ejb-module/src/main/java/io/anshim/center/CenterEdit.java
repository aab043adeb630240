package io.anshim.center;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What an operator may change about a vaccination center. The operator screen binds to it and the
 * operator API reads it from JSON; the directory validates it before applying it.
 */
public class CenterEdit implements Serializable {

  private long version;

  @NotBlank(message = "{center.nameKo.required}")
  @Size(max = 100, message = "{center.name.tooLong}")
  private String nameKo;

  @NotBlank(message = "{center.nameEn.required}")
  @Size(max = 140, message = "{center.name.tooLong}")
  private String nameEn;

  @NotBlank(message = "{center.addressKo.required}")
  @Size(max = 200, message = "{center.address.tooLong}")
  private String addressKo;

  @NotBlank(message = "{center.addressEn.required}")
  @Size(max = 240, message = "{center.address.tooLong}")
  private String addressEn;

  // an area number, or a nationwide representative number as hospitals give (1588-1533)
  @Pattern(
      regexp = "^$|^0[0-9]{1,2}-[0-9]{3,4}-[0-9]{4}$|^1[5-9][0-9]{2}-[0-9]{4}$",
      message = "{center.phone.format}")
  private String phone;

  @NotEmpty(message = "{center.vaccines.required}")
  private List<String> vaccineCodes = new ArrayList<>();

  public CenterEdit() {}

  static CenterEdit of(VaccinationCenter center) {
    CenterEdit edit = new CenterEdit();
    edit.version = center.getVersion();
    edit.nameKo = center.getNameKo();
    edit.nameEn = center.getNameEn();
    edit.addressKo = center.getAddressKo();
    edit.addressEn = center.getAddressEn();
    edit.phone = center.getPhone() == null ? "" : center.getPhone();
    edit.vaccineCodes =
        new ArrayList<>(center.getVaccines().stream().map(Vaccine::getCode).toList());
    return edit;
  }

  /** The version of the center this edit was based on; a newer one means someone else saved. */
  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getNameKo() {
    return nameKo;
  }

  public void setNameKo(String nameKo) {
    this.nameKo = nameKo;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getAddressKo() {
    return addressKo;
  }

  public void setAddressKo(String addressKo) {
    this.addressKo = addressKo;
  }

  public String getAddressEn() {
    return addressEn;
  }

  public void setAddressEn(String addressEn) {
    this.addressEn = addressEn;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public List<String> getVaccineCodes() {
    return vaccineCodes;
  }

  public void setVaccineCodes(List<String> vaccineCodes) {
    this.vaccineCodes = vaccineCodes == null ? new ArrayList<>() : new ArrayList<>(vaccineCodes);
  }
}
