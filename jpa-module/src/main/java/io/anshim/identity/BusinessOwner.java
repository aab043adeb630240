package io.anshim.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/** A business owner's staff account and the business registration number they registered with. */
@Entity
@Table(name = "business_owner")
@NamedQuery(
    name = BusinessOwner.BY_BUSINESS_NUMBER,
    query = "SELECT b FROM BusinessOwner b WHERE b.businessNumber = :number")
public class BusinessOwner {

  public static final String BY_BUSINESS_NUMBER = "BusinessOwner.byBusinessNumber";

  @Id
  @Column(name = "staff_account_id")
  private Long staffAccountId;

  @Column(name = "business_number", nullable = false, unique = true, length = 10)
  private String businessNumber;

  @Column(name = "business_name", nullable = false, length = 100)
  private String businessName;

  protected BusinessOwner() {}

  public BusinessOwner(long staffAccountId, String businessNumber, String businessName) {
    this.staffAccountId = staffAccountId;
    this.businessNumber = Objects.requireNonNull(businessNumber);
    this.businessName = Objects.requireNonNull(businessName);
  }

  public Long getStaffAccountId() {
    return staffAccountId;
  }

  public String getBusinessNumber() {
    return businessNumber;
  }

  public String getBusinessName() {
    return businessName;
  }
}
