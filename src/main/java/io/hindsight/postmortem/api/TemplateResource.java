package io.hindsight.postmortem.api;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.postmortem.application.PostmortemTemplates;
import io.hindsight.postmortem.domain.PostmortemTemplate;
import io.hindsight.postmortem.domain.SectionDefinition;
import io.hindsight.postmortem.domain.SectionKey;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The post-mortem template: read by everyone; admins add and rename sections, each change a new
 * version that only new post-mortems use.
 */
@Path("postmortem-template")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

  @Inject PostmortemTemplates templates;

  /** A template version and its sections in order. */
  public record TemplateView(int version, List<Section> sections) {
    static TemplateView of(PostmortemTemplate template) {
      return new TemplateView(
          template.version(),
          template.sections().stream()
              .map(s -> new Section(s.key().value(), s.title(), s.required(), s.hint()))
              .toList());
    }
  }

  @Schema(name = "TemplateSectionView")
  public record Section(String key, String title, boolean required, String hint) {}

  @GET
  public TemplateView current() {
    return TemplateView.of(templates.current());
  }

  @POST
  @Path("sections")
  @RolesAllowed("admin")
  @Consumes(MediaType.APPLICATION_JSON)
  public TemplateView add(PostmortemRequests.TemplateSection request) {
    if (request == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    SectionDefinition section =
        new SectionDefinition(
            SectionKey.of(PostmortemFields.required("key", request.key())),
            request.title(),
            Boolean.TRUE.equals(request.required()),
            request.hint());
    return TemplateView.of(templates.change(template -> template.withSection(section)));
  }

  @PUT
  @Path("sections/{key}")
  @RolesAllowed("admin")
  @Consumes(MediaType.APPLICATION_JSON)
  public TemplateView rename(@PathParam("key") String key, PostmortemRequests.Rename request) {
    SectionKey section = SectionKey.of(key);
    String title = PostmortemFields.required("title", request == null ? null : request.title());
    return TemplateView.of(
        templates.change(template -> template.withSectionRenamed(section, title)));
  }
}
