package io.anshim.center.web;

import io.anshim.center.CenterDirectory;
import io.anshim.center.CenterEdit;
import io.anshim.center.CenterView;
import io.anshim.center.VaccineView;
import io.anshim.shared.BusinessException;
import io.anshim.shared.web.UserMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The operator's screen to change one vaccination center. */
@Named
@ViewScoped
public class CenterEditor implements Serializable {

  @Inject private CenterDirectory directory;
  @Inject private UserMessages messages;

  private Long centerId;
  private CenterEdit edit;
  private List<VaccineView> vaccines;

  /** Loads the center named by the view parameter {@code id}. */
  public void load() {
    vaccines = directory.vaccines();
    if (centerId == null) {
      return;
    }
    try {
      edit = directory.editableCenter(centerId);
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public void save() {
    try {
      CenterView saved = directory.updateCenter(centerId, edit);
      edit = directory.editableCenter(centerId);
      messages.info("operator.center.saved", saved.name().ko());
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public Long getCenterId() {
    return centerId;
  }

  public void setCenterId(Long centerId) {
    this.centerId = centerId;
  }

  public CenterEdit getEdit() {
    return edit;
  }

  public List<VaccineView> getVaccines() {
    return vaccines;
  }
}
