package io.anshim.booking.policy;

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

/** A person in a priority group, known by the keyed hash of their resident number only. */
@Entity
@Table(name = "priority_group_member")
@NamedQuery(
    name = PriorityGroupMember.COUNT,
    query =
        "SELECT COUNT(m) FROM PriorityGroupMember m"
            + " WHERE m.groupCode = :group AND m.residentNumberHash = :hash")
@NamedQuery(
    name = PriorityGroupMember.GROUPS_OF,
    query =
        "SELECT DISTINCT m.groupCode FROM PriorityGroupMember m WHERE m.residentNumberHash = :hash")
@NamedQuery(
    name = PriorityGroupMember.GROUP_SIZE,
    query = "SELECT COUNT(m) FROM PriorityGroupMember m WHERE m.groupCode = :group")
public class PriorityGroupMember {

  public static final String COUNT = "PriorityGroupMember.count";
  public static final String GROUP_SIZE = "PriorityGroupMember.groupSize";
  public static final String GROUPS_OF = "PriorityGroupMember.groupsOf";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "priority_group_member_seq")
  @SequenceGenerator(
      name = "priority_group_member_seq",
      sequenceName = "priority_group_member_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "group_code", nullable = false, updatable = false, length = 30)
  private String groupCode;

  @Column(name = "resident_number_hash", nullable = false, updatable = false, length = 64)
  private String residentNumberHash;

  @Column(name = "added_by", nullable = false, updatable = false, length = 80)
  private String addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  protected PriorityGroupMember() {}

  public PriorityGroupMember(
      String groupCode, String residentNumberHash, String addedBy, Instant addedAt) {
    this.groupCode = Objects.requireNonNull(groupCode);
    this.residentNumberHash = Objects.requireNonNull(residentNumberHash);
    this.addedBy = Objects.requireNonNull(addedBy);
    this.addedAt = Objects.requireNonNull(addedAt);
  }

  public Long getId() {
    return id;
  }

  public String getGroupCode() {
    return groupCode;
  }

  public String getResidentNumberHash() {
    return residentNumberHash;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public Instant getAddedAt() {
    return addedAt;
  }
}
