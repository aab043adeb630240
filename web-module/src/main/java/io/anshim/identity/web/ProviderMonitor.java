package io.anshim.identity.web;

import io.anshim.identity.ProviderFigures;
import io.anshim.identity.ProviderOperations;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The operator's view of the identity providers: each light and the figures behind it. */
@Named
@ViewScoped
public class ProviderMonitor implements Serializable {

  @Inject private ProviderOperations operations;

  private List<ProviderFigures> figures;

  @PostConstruct
  void load() {
    figures = operations.figures();
  }

  public void refresh() {
    figures = operations.figures();
  }

  public List<ProviderFigures> getFigures() {
    return figures;
  }
}
