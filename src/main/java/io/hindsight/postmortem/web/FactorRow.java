package io.hindsight.postmortem.web;

import java.io.Serializable;

/** A contributing factor as the editor holds it while the author types. */
public final class FactorRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private String description;

  public FactorRow(String id, String description) {
    this.id = id;
    this.description = description;
  }

  public String getId() {
    return id;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
