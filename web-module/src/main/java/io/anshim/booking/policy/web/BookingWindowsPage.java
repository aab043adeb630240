package io.anshim.booking.policy.web;

import io.anshim.booking.policy.BookingWindowForm;
import io.anshim.booking.policy.BookingWindowView;
import io.anshim.booking.policy.BookingWindows;
import io.anshim.booking.policy.PolicyChangeView;
import io.anshim.booking.policy.ProxyRelationship;
import io.anshim.center.CenterDirectory;
import io.anshim.center.VaccineView;
import io.anshim.shared.BusinessException;
import io.anshim.shared.PageRequest;
import io.anshim.shared.web.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The operator's screen of booking windows: the list, a form to create or change one, the trail.
 */
@Named
@ViewScoped
public class BookingWindowsPage implements Serializable {

  private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject private BookingWindows windows;
  @Inject private CenterDirectory centers;
  @Inject private UserMessages messages;

  private List<BookingWindowView> list;
  private List<PolicyChangeView> changes;
  private List<VaccineView> vaccines;
  private BookingWindowForm form;
  private Long editingId;
  private boolean useRotation;

  @PostConstruct
  void load() {
    vaccines = centers.vaccines();
    refresh();
    newWindow();
  }

  public void newWindow() {
    form = new BookingWindowForm();
    LocalDate tomorrow = LocalDate.now(KOREA).plusDays(1);
    form.setOpensAt(tomorrow.atTime(9, 0));
    form.setClosesAt(tomorrow.plusDays(30).atTime(18, 0));
    form.setRotationOpensAt(LocalTime.of(20, 0));
    form.setRotationClosesAt(LocalTime.of(18, 0));
    editingId = null;
    useRotation = false;
  }

  public void edit(long id) {
    try {
      form = windows.editableWindow(id);
      editingId = id;
      useRotation = form.hasRotation();
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public void save() {
    try {
      if (!useRotation) {
        form.clearRotation();
      }
      BookingWindowView saved =
          editingId == null ? windows.createWindow(form) : windows.updateWindow(editingId, form);
      messages.info("operator.windows.saved", saved.name().ko(), saved.id());
      refresh();
      edit(saved.id());
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public void delete(long id) {
    try {
      windows.deleteWindow(id);
      messages.info("operator.windows.deleted", id);
      refresh();
      if (editingId != null && editingId == id) {
        newWindow();
      }
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  private void refresh() {
    list = windows.windows();
    changes = windows.changes(PageRequest.first(10)).items();
  }

  public String minutes(LocalDateTime time) {
    return time == null ? "" : MINUTES.format(time);
  }

  public String instant(Instant instant) {
    return instant == null ? "" : MINUTES.format(instant.atZone(KOREA));
  }

  public List<String> getRelationships() {
    return Arrays.stream(ProxyRelationship.values()).map(Enum::name).toList();
  }

  public List<BookingWindowView> getList() {
    return list;
  }

  public List<PolicyChangeView> getChanges() {
    return changes;
  }

  public List<VaccineView> getVaccines() {
    return vaccines;
  }

  public BookingWindowForm getForm() {
    return form;
  }

  public Long getEditingId() {
    return editingId;
  }

  public boolean isUseRotation() {
    return useRotation;
  }

  public void setUseRotation(boolean useRotation) {
    this.useRotation = useRotation;
  }
}
