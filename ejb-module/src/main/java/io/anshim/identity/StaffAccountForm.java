package io.anshim.identity;

import java.io.Serializable;

/** A new vaccinator or investigator account as the operator types it; checked by the service. */
public class StaffAccountForm implements Serializable {

  private String username;
  private String password;
  private String role;
  private String displayName;
  private Long centerId;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Long getCenterId() {
    return centerId;
  }

  public void setCenterId(Long centerId) {
    this.centerId = centerId;
  }
}
