package io.hindsight.incident.api;

import io.hindsight.incident.application.SeverityPolicies;
import io.hindsight.incident.domain.SeverityDefinition;
import io.hindsight.incident.domain.SeverityPolicy;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.security.application.CallerIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;

/** The severity policy in force; admins replace it with a new version. */
@Path("severities")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class SeverityResource {

  @Inject SeverityPolicies policies;
  @Inject CallerIdentity identity;

  /** The policy: its version and one definition per severity, durations in minutes. */
  public record PolicyView(int version, List<SeverityPolicyRequest.Definition> severities) {
    static PolicyView of(SeverityPolicy policy) {
      return new PolicyView(
          policy.version(),
          policy.definitions().stream()
              .map(
                  d ->
                      new SeverityPolicyRequest.Definition(
                          d.severity().name(),
                          d.name(),
                          d.description(),
                          d.examples(),
                          (int) d.responseTarget().toMinutes(),
                          d.notificationPolicy(),
                          d.statusUpdateEvery().map(c -> (int) c.toMinutes()).orElse(null)))
              .toList());
    }
  }

  @GET
  public PolicyView current() {
    return PolicyView.of(policies.current());
  }

  @PUT
  @RolesAllowed("admin")
  @Consumes(MediaType.APPLICATION_JSON)
  public PolicyView revise(SeverityPolicyRequest request) {
    if (request == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    if (request.version() == null) {
      throw FieldRefused.field("version", "is required: send the version you loaded");
    }
    if (request.severities() == null) {
      throw FieldRefused.field("severities", "is required");
    }
    List<SeverityDefinition> definitions =
        request.severities().stream().map(SeverityResource::definition).toList();
    return PolicyView.of(policies.revise(request.version(), definitions, identity.username()));
  }

  private static SeverityDefinition definition(SeverityPolicyRequest.Definition d) {
    if (d == null) {
      throw FieldRefused.field("severities", "must not contain null");
    }
    if (d.responseTargetMinutes() == null) {
      throw FieldRefused.field("responseTargetMinutes", "is required");
    }
    if (d.examples() != null
        && d.examples().stream().anyMatch(e -> e == null || e.contains("\n"))) {
      throw FieldRefused.field("examples", "must be single lines");
    }
    return new SeverityDefinition(
        RequestFields.severity("severity", d.severity()),
        d.name(),
        d.description(),
        d.examples(),
        Duration.ofMinutes(d.responseTargetMinutes()),
        d.notificationPolicy(),
        d.statusUpdateMinutes() == null ? null : Duration.ofMinutes(d.statusUpdateMinutes()));
  }
}
