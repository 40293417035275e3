package io.hindsight.forge.web;

import io.hindsight.forge.application.ConnectionCheck;
import io.hindsight.forge.application.ForgeLinks;
import io.hindsight.forge.application.ForgeOverview;
import io.hindsight.forge.domain.ForgeKind;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.runbook.domain.RepositoryKey;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Admin: each repository's forge — kind, API base URL, project and a token that is written, never
 * shown — and "Test connection" against the saved settings, its result in its own panel.
 */
@Named
@ViewScoped
public class ForgeSettingsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String SELF = "/admin/forges?faces-redirect=true";

  @Inject ForgeOverview overview;
  @Inject ForgeLinks links;

  private String editing;
  private Long editingVersion;
  private boolean tokenSet;
  private String kind = ForgeKind.GITHUB.spelling();
  private String apiUrl;
  private String project;
  private String token;
  private String confirmRemove;
  private String testedFor;
  private ConnectionCheck tested;
  private String testFailure;

  public List<ForgeOverview.Row> getRows() {
    return overview.rows();
  }

  public List<ForgeOverview.Problem> getProblems() {
    return overview.problems();
  }

  public List<ForgeKind> getKinds() {
    return List.of(ForgeKind.values());
  }

  public void edit(String repository) {
    Optional<ForgeOverview.Row> row = overview.row(repository);
    if (row.isEmpty()) {
      FacesMessages.error("There is no repository " + repository + " with a remote.");
      return;
    }
    editing = row.get().repository();
    confirmRemove = null;
    token = null;
    row.get()
        .forge()
        .ifPresentOrElse(
            forge -> {
              editingVersion = forge.version();
              tokenSet = forge.tokenSet();
              kind = forge.kind();
              apiUrl = forge.apiUrl();
              project = forge.project();
            },
            () -> {
              editingVersion = null;
              tokenSet = false;
              kind = ForgeKind.GITHUB.spelling();
              apiUrl = "https://api.github.com";
              project = "";
            });
  }

  public String save() {
    try {
      ForgeLinks.View saved =
          links.change(
              RepositoryKey.of(editing == null ? "" : editing),
              new ForgeLinks.Change(kind, apiUrl, project, token, editingVersion),
              self());
      FacesMessages.info(
          "Saved the forge of "
              + saved.repository()
              + ". Test the connection to check the token and the label.");
      edit(saved.repository());
      return null;
    } catch (FieldRefused refused) {
      FacesMessages.error("Nothing was saved: " + ForgeFieldWords.of(refused));
      return null;
    } catch (StaleVersion | NotFound | StateConflict | IllegalArgumentException refused) {
      FacesMessages.error("Nothing was saved: " + refused.getMessage());
      return null;
    } finally {
      token = null;
    }
  }

  /** Tests the saved settings of {@code repository}: the result stays on the page. */
  public void test(String repository) {
    testedFor = repository;
    tested = null;
    testFailure = null;
    try {
      tested = links.test(RepositoryKey.of(repository == null ? "" : repository));
    } catch (StateConflict | NotFound | IllegalArgumentException failed) {
      testFailure = failed.getMessage();
    }
  }

  public void askToRemove(String repository) {
    overview
        .row(repository)
        .filter(row -> row.forge().isPresent())
        .ifPresentOrElse(
            row -> {
              confirmRemove = row.repository();
              editing = null;
            },
            () -> FacesMessages.error(repository + " has no forge to remove."));
  }

  public String remove() {
    try {
      links.remove(RepositoryKey.of(confirmRemove == null ? "" : confirmRemove));
      FacesMessages.infoAfterRedirect(
          "Removed the forge of "
              + confirmRemove
              + ": change requests submitted from now on stay in Hindsight.");
      return SELF;
    } catch (NotFound | IllegalArgumentException gone) {
      FacesMessages.error(gone.getMessage());
      return null;
    }
  }

  public String cancel() {
    return SELF;
  }

  public String kindLabel(String spelling) {
    return ForgeKind.parse(spelling).map(ForgeKind::label).orElse(spelling);
  }

  private static URI self() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String url = request.getRequestURL().toString();
    return URI.create(
        url.substring(0, url.length() - request.getRequestURI().length())
            + request.getContextPath()
            + "/");
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getEditingKey() {
    return editing;
  }

  public boolean isTokenSet() {
    return tokenSet;
  }

  public String getConfirmRemove() {
    return confirmRemove;
  }

  public String getTestedFor() {
    return testedFor;
  }

  public ConnectionCheck getTested() {
    return tested;
  }

  public String getTestFailure() {
    return testFailure;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getApiUrl() {
    return apiUrl;
  }

  public void setApiUrl(String apiUrl) {
    this.apiUrl = apiUrl;
  }

  public String getProject() {
    return project;
  }

  public void setProject(String project) {
    this.project = project;
  }

  /** Always empty: a token is written, never shown again. */
  public String getToken() {
    return null;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
