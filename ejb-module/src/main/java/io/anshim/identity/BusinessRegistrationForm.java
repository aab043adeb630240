package io.anshim.identity;

import java.io.Serializable;

/** What a business owner types to register, as typed; checked by the service. */
public class BusinessRegistrationForm implements Serializable {

  private String email;
  private String password;
  private String businessNumber;
  private String businessName;

  public BusinessRegistrationForm() {}

  public BusinessRegistrationForm(
      String email, String password, String businessNumber, String businessName) {
    this.email = email;
    this.password = password;
    this.businessNumber = businessNumber;
    this.businessName = businessName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getBusinessNumber() {
    return businessNumber;
  }

  public void setBusinessNumber(String businessNumber) {
    this.businessNumber = businessNumber;
  }

  public String getBusinessName() {
    return businessName;
  }

  public void setBusinessName(String businessName) {
    this.businessName = businessName;
  }
}
