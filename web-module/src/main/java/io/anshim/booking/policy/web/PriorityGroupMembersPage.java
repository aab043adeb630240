package io.anshim.booking.policy.web;

import io.anshim.booking.policy.BookingWindows;
import io.anshim.booking.policy.BookingWindows.GroupMembers;
import io.anshim.shared.BusinessException;
import io.anshim.shared.web.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * The operator adds people to a priority group (e.g. HEALTHCARE) on the booking-windows screen: one
 * resident number per line, all or nothing.
 */
@Named
@RequestScoped
public class PriorityGroupMembersPage {

  /** The key of this form's messages on a screen with more than one form. */
  static final String MESSAGES = "priority-group-members";

  @Inject private BookingWindows windows;
  @Inject private UserMessages messages;

  private String group;
  private String residentNumbers;

  public void add() {
    try {
      GroupMembers added = windows.addMembers(group, entries(residentNumbers));
      messages.showAt(
          MESSAGES,
          FacesMessage.SEVERITY_INFO,
          "operator.members.added",
          added.added(),
          added.alreadyMembers(),
          added.groupCode(),
          added.groupSize());
      residentNumbers = null;
    } catch (BusinessException refused) {
      messages.showAt(MESSAGES, refused);
    }
  }

  /** The lines of the text as typed, so that a refusal names the line the operator sees. */
  static List<String> entries(String text) {
    return text == null ? List.of() : Arrays.asList(text.split("\\R"));
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public String getResidentNumbers() {
    return residentNumbers;
  }

  public void setResidentNumbers(String residentNumbers) {
    this.residentNumbers = residentNumbers;
  }
}
