package io.anshim.identity.web;

import io.anshim.identity.StaffAccountForm;
import io.anshim.identity.StaffAccountView;
import io.anshim.identity.StaffAccounts;
import io.anshim.shared.BusinessException;
import io.anshim.shared.Page;
import io.anshim.shared.web.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The operator's screen for staff accounts: a page of vaccinators and investigators, a form to open
 * one, and a switch to disable or enable an account.
 */
@Named
@ViewScoped
public class ManageStaffAccounts implements Serializable {

  static final int PAGE_SIZE = 20;

  @Inject private StaffAccounts accounts;
  @Inject private UserMessages messages;

  private StaffAccountForm form = freshForm();
  private Page<StaffAccountView> page;
  private int pageNumber;

  @PostConstruct
  void load() {
    loadPage();
  }

  public void create() {
    try {
      StaffAccountView created = accounts.create(form);
      messages.info("operator.staff.created", created.username());
      form = freshForm();
      pageNumber = 0;
      loadPage();
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public void disable(long id) {
    switchAccount(id, false);
  }

  public void enable(long id) {
    switchAccount(id, true);
  }

  private void switchAccount(long id, boolean enabled) {
    try {
      StaffAccountView account = accounts.setEnabled(id, enabled);
      messages.info(
          enabled ? "operator.staff.enabled" : "operator.staff.disabled", account.username());
      loadPage();
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public void older() {
    if (hasOlder()) {
      pageNumber++;
      loadPage();
    }
  }

  public void newer() {
    if (hasNewer()) {
      pageNumber--;
      loadPage();
    }
  }

  public boolean hasOlder() {
    return pageNumber + 1 < page.totalPages();
  }

  public boolean hasNewer() {
    return pageNumber > 0;
  }

  public boolean isVaccinator() {
    return "VACCINATOR".equals(form.getRole());
  }

  private void loadPage() {
    page = accounts.list(pageNumber, PAGE_SIZE);
  }

  private static StaffAccountForm freshForm() {
    StaffAccountForm fresh = new StaffAccountForm();
    fresh.setRole("VACCINATOR");
    return fresh;
  }

  public StaffAccountForm getForm() {
    return form;
  }

  public Page<StaffAccountView> getPage() {
    return page;
  }

  /** 1-based, for "page 2 of 5". */
  public int getPageNumber() {
    return pageNumber + 1;
  }

  public int getTotalPages() {
    return Math.max(1, page.totalPages());
  }
}
