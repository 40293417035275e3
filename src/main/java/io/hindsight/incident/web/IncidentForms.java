package io.hindsight.incident.web;

import io.hindsight.incident.application.EvidenceService;
import io.hindsight.incident.application.IncidentRunbooks;
import io.hindsight.incident.application.Timeline;
import io.hindsight.incident.domain.EntryKind;
import io.hindsight.incident.domain.EntryText;
import io.hindsight.incident.domain.EvidenceFileName;
import io.hindsight.incident.domain.EvidenceRules;
import io.hindsight.incident.domain.EvidenceType;
import io.hindsight.incident.domain.RunbookProblem;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.application.CallerIdentity;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The incident page's forms: quick entry, evidence upload, runbook link and runbook feedback. */
@Named
@ViewScoped
public class IncidentForms implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject IncidentPage page;
  @Inject Timeline timeline;
  @Inject EvidenceService evidence;
  @Inject IncidentRunbooks runbooks;
  @Inject CallerIdentity identity;

  private String kind = "NOTE";
  private String text;
  private String linkUrl;
  private String linkTitle;
  private transient Part file;
  private String runbookPath;
  private String step;
  private String problem = "UNCLEAR";
  private String note;

  public List<EntryKind> getKinds() {
    return Arrays.asList(EntryKind.values());
  }

  public String addEntry() {
    String[] note = {null};
    String outcome =
        page.run(
            () -> {
              EntryKind chosen =
                  EntryKind.parse(kind)
                      .orElseThrow(() -> FieldRefused.field("kind", "is not a kind"));
              timeline.append(
                  page.incidentKey(),
                  chosen,
                  EntryText.of(text),
                  Optional.empty(),
                  Optional.empty(),
                  identity.caller());
              note[0] = timeline.noteOn(text).orElse(null);
              text = null;
            },
            "Entry added.");
    if (note[0] != null) {
      FacesMessages.infoAfterPost(note[0]);
    }
    return outcome;
  }

  public String upload() {
    return page.run(
        () -> {
          if (file == null || file.getSize() == 0) {
            throw FieldRefused.field("file", "choose a file to attach");
          }
          if (file.getSize() > EvidenceRules.MAX_BYTES) {
            throw FieldRefused.field("file", "is larger than the limit");
          }
          EvidenceFileName name =
              new EvidenceFileName(
                  Optional.ofNullable(file.getSubmittedFileName()).orElse("").strip());
          String type =
              EvidenceType.fromMediaType(file.getContentType())
                  .or(() -> EvidenceType.fromFileName(name.value()))
                  .map(EvidenceType::mediaType)
                  .orElse(file.getContentType());
          try (InputStream in = file.getInputStream()) {
            evidence.attach(page.incidentKey(), name, type, in.readAllBytes(), identity.caller());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        "Evidence attached.");
  }

  public String addLink() {
    return page.run(
        () -> {
          evidence.link(page.incidentKey(), linkUrl, linkTitle, identity.caller());
          linkUrl = null;
          linkTitle = null;
        },
        "Link added.");
  }

  public String getLinkUrl() {
    return linkUrl;
  }

  public void setLinkUrl(String linkUrl) {
    this.linkUrl = linkUrl;
  }

  public String getLinkTitle() {
    return linkTitle;
  }

  public void setLinkTitle(String linkTitle) {
    this.linkTitle = linkTitle;
  }

  public String linkRunbook() {
    return page.run(
        () -> runbooks.link(page.incidentKey(), repository(), path(), identity.caller()),
        "Runbook linked.");
  }

  /** Links a suggested runbook in one click. */
  public String linkSuggested(String repository, String path) {
    runbookPath = repository + "/" + path;
    return linkRunbook();
  }

  public String flag() {
    return page.run(
        () -> {
          runbooks.flag(
              page.incidentKey(),
              repository(),
              path(),
              step,
              RunbookProblem.parse(problem)
                  .orElseThrow(() -> FieldRefused.field("problem", "is unclear or wrong")),
              note,
              identity.caller());
          step = null;
          note = null;
        },
        "Feedback stored for the runbook review.");
  }

  private RunbookRef chosen() {
    return RunbookRef.parse(runbookPath == null ? "" : runbookPath.strip())
        .orElseThrow(
            () ->
                FieldRefused.field(
                    "runbook", "choose a runbook (type part of its title and pick it)"));
  }

  private RepositoryKey repository() {
    return chosen().repository();
  }

  private RunbookPath path() {
    return chosen().path();
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getRunbookPath() {
    return runbookPath;
  }

  public void setRunbookPath(String runbookPath) {
    this.runbookPath = runbookPath;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
