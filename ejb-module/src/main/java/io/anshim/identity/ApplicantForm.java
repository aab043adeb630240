package io.anshim.identity;

import java.io.Serializable;

/** What a person types to start a verification, as typed; checked by the service. */
public class ApplicantForm implements Serializable {

  private String name;
  private String residentNumber;
  private String mobile;

  public ApplicantForm() {}

  public ApplicantForm(String name, String residentNumber, String mobile) {
    this.name = name;
    this.residentNumber = residentNumber;
    this.mobile = mobile;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getResidentNumber() {
    return residentNumber;
  }

  public void setResidentNumber(String residentNumber) {
    this.residentNumber = residentNumber;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }
}
