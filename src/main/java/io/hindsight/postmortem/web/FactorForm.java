package io.hindsight.postmortem.web;

import io.hindsight.platform.web.FacesMessages;
import io.hindsight.postmortem.domain.FactorId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Adds and removes contributing factors in the open editor; saving the page keeps them. */
@Named
@ViewScoped
public class FactorForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PostmortemPage page;

  private String text;

  public void add() {
    page.fieldErrors().clear();
    if (text == null || text.isBlank()) {
      page.fieldErrors().put("factors", "Write the contributing factor first.");
      return;
    }
    page.getEditor().getFactors().add(new FactorRow(FactorId.random().value(), text.strip()));
    text = null;
    FacesMessages.info("Factor added; save to keep it.");
  }

  public void remove(String id) {
    page.fieldErrors().clear();
    page.getEditor().getFactors().removeIf(row -> row.getId().equals(id));
    FacesMessages.info("Factor removed; save to keep the change.");
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
