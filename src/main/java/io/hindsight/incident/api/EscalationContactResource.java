package io.hindsight.incident.api;

import io.hindsight.incident.application.EscalationContacts;
import io.hindsight.incident.domain.EscalationContact;
import io.hindsight.incident.domain.EscalationRole;
import io.hindsight.platform.api.Problems;
import io.hindsight.platform.refusal.FieldRefused;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** The escalation chain's people, kept by admins. */
@Path("escalation-contacts")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class EscalationContactResource {

  @Inject EscalationContacts contacts;

  /** A contact as listed. */
  public record ContactView(long id, String name, String role, String email, String chatHandle) {
    static ContactView of(EscalationContact c) {
      return new ContactView(
          c.id(), c.name(), c.role().name(), c.email().orElse(null), c.chatHandle().orElse(null));
    }
  }

  @GET
  public List<ContactView> list() {
    return contacts.all().stream().map(ContactView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(
      value = ContactView.class,
      responseCode = "201",
      responseDescription = "The contact as stored.")
  public Response add(EscalationContactRequest request) {
    if (request == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    EscalationRole role =
        EscalationRole.parse(RequestFields.required("role", request.role()))
            .orElseThrow(
                () ->
                    FieldRefused.field(
                        "role",
                        "must be one of PRIMARY_ON_CALL, SECONDARY_ON_CALL, ENGINEERING_MANAGER,"
                            + " CTO"));
    return Response.status(Response.Status.CREATED)
        .entity(
            ContactView.of(
                contacts.add(request.name(), role, request.email(), request.chatHandle())))
        .build();
  }

  @DELETE
  @Path("{id:[0-9]{1,18}}")
  @APIResponse(responseCode = "204", description = "The contact is removed.")
  public Response remove(@PathParam("id") long id) {
    return contacts
        .remove(id)
        .map(c -> Response.noContent().build())
        .orElseGet(
            () -> Problems.of(Response.Status.NOT_FOUND, "There is no escalation contact " + id));
  }
}
