package io.hindsight.incident.web;

import io.hindsight.incident.application.SeverityPolicies;
import io.hindsight.incident.domain.Severity;
import io.hindsight.incident.domain.SeverityDefinition;
import io.hindsight.incident.domain.SeverityPolicy;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.security.application.CallerIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Admin: the severity policy. Saving makes a new version based on the one the admin loaded; new
 * incidents follow it, open ones keep the version they were declared under.
 */
@Named
@ViewScoped
public class SeverityPolicyPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SeverityPolicies policies;
  @Inject CallerIdentity identity;

  private int version;
  private List<DefinitionForm> definitions;

  @PostConstruct
  void load() {
    SeverityPolicy current = policies.current();
    version = current.version();
    definitions = current.definitions().stream().map(DefinitionForm::of).toList();
  }

  public String save() {
    try {
      List<SeverityDefinition> revised =
          definitions.stream().map(DefinitionForm::definition).toList();
      SeverityPolicy saved = policies.revise(version, revised, identity.username());
      FacesMessages.infoAfterRedirect("Saved version " + saved.version() + " of the policy.");
      return "/admin/severity-policy?faces-redirect=true";
    } catch (FieldRefused | StaleVersion refused) {
      FacesMessages.error("Nothing was saved: " + refused.getMessage());
      return null;
    }
  }

  public int getVersion() {
    return version;
  }

  public List<DefinitionForm> getDefinitions() {
    return definitions;
  }

  /** One severity as the form edits it: examples one per line, durations in minutes. */
  public static final class DefinitionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Severity severity;
    private String name;
    private String description;
    private String examples;
    private Integer responseTargetMinutes;
    private String notificationPolicy;
    private Integer statusUpdateMinutes;

    private DefinitionForm(Severity severity) {
      this.severity = severity;
    }

    static DefinitionForm of(SeverityDefinition definition) {
      DefinitionForm form = new DefinitionForm(definition.severity());
      form.name = definition.name();
      form.description = definition.description();
      form.examples = String.join("\n", definition.examples());
      form.responseTargetMinutes = (int) definition.responseTarget().toMinutes();
      form.notificationPolicy = definition.notificationPolicy();
      form.statusUpdateMinutes =
          definition.statusUpdateEvery().map(d -> (int) d.toMinutes()).orElse(null);
      return form;
    }

    SeverityDefinition definition() {
      if (responseTargetMinutes == null) {
        throw FieldRefused.field(
            "responseTargetMinutes", severity + ": the response target is required");
      }
      List<String> exampleLines =
          examples == null
              ? List.of()
              : Arrays.stream(examples.split("\\R")).filter(line -> !line.isBlank()).toList();
      return new SeverityDefinition(
          severity,
          name,
          description,
          exampleLines,
          Duration.ofMinutes(responseTargetMinutes),
          notificationPolicy,
          statusUpdateMinutes == null ? null : Duration.ofMinutes(statusUpdateMinutes));
    }

    public Severity getSeverity() {
      return severity;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getExamples() {
      return examples;
    }

    public void setExamples(String examples) {
      this.examples = examples;
    }

    public Integer getResponseTargetMinutes() {
      return responseTargetMinutes;
    }

    public void setResponseTargetMinutes(Integer responseTargetMinutes) {
      this.responseTargetMinutes = responseTargetMinutes;
    }

    public String getNotificationPolicy() {
      return notificationPolicy;
    }

    public void setNotificationPolicy(String notificationPolicy) {
      this.notificationPolicy = notificationPolicy;
    }

    public Integer getStatusUpdateMinutes() {
      return statusUpdateMinutes;
    }

    public void setStatusUpdateMinutes(Integer statusUpdateMinutes) {
      this.statusUpdateMinutes = statusUpdateMinutes;
    }
  }
}
