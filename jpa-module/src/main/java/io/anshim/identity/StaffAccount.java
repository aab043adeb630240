package io.anshim.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A staff member's account, as the Elytron realm AnshimStaffRealm reads it at sign-in: user name,
 * bcrypt password hash in modular-crypt form, one role.
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(
    name = StaffAccount.BY_USERNAME,
    query = "SELECT s FROM StaffAccount s WHERE LOWER(s.username) = LOWER(:username)")
@NamedQuery(
    name = StaffAccount.WITH_ROLES,
    query = "SELECT s FROM StaffAccount s WHERE s.role IN :roles ORDER BY s.id DESC")
@NamedQuery(
    name = StaffAccount.COUNT_WITH_ROLES,
    query = "SELECT COUNT(s) FROM StaffAccount s WHERE s.role IN :roles")
public class StaffAccount {

  public static final String BY_USERNAME = "StaffAccount.byUsername";
  public static final String WITH_ROLES = "StaffAccount.withRoles";
  public static final String COUNT_WITH_ROLES = "StaffAccount.countWithRoles";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_account_seq")
  @SequenceGenerator(
      name = "staff_account_seq",
      sequenceName = "staff_account_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 80)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 100)
  private String passwordHash;

  @Column(nullable = false, length = 20)
  private String role;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Column(name = "center_id")
  private Long centerId;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected StaffAccount() {}

  public StaffAccount(
      String username, String passwordHash, String role, String displayName, Instant createdAt) {
    this.username = Objects.requireNonNull(username);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.role = Objects.requireNonNull(role);
    this.displayName = Objects.requireNonNull(displayName);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.enabled = true;
  }

  /** A vaccinator works at one center. */
  public void bindToCenter(long centerId) {
    this.centerId = centerId;
  }

  public Long getCenterId() {
    return centerId;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getRole() {
    return role;
  }

  public String getDisplayName() {
    return displayName;
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** A disabled account cannot sign in (the realm's query asks for enabled accounts only). */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
