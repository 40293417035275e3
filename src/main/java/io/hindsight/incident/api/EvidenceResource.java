package io.hindsight.incident.api;

import io.hindsight.incident.application.EvidenceService;
import io.hindsight.incident.application.EvidenceStore;
import io.hindsight.incident.domain.Evidence;
import io.hindsight.incident.domain.EvidenceFileName;
import io.hindsight.incident.domain.EvidenceLink;
import io.hindsight.incident.domain.EvidenceRules;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.platform.api.Problems;
import io.hindsight.platform.api.RequestValidator;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.TooLarge;
import io.hindsight.security.application.CallerIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Evidence files. Upload: {@code POST} the file as the raw body, with its type as {@code
 * Content-Type} and its name in {@code Content-Disposition: attachment; filename="app.log"}. The
 * download carries the file's SHA-256 in {@code X-Content-SHA256} and {@code Repr-Digest}.
 */
@Path("incidents/{key}/evidence")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

  public static final String SHA256_HEADER = "X-Content-SHA256";

  private static final Pattern FILENAME =
      Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");

  @Inject EvidenceService evidence;
  @Inject RequestValidator validator;
  @Inject EvidenceStore store;
  @Inject CallerIdentity identity;

  @POST
  @RolesAllowed("responder")
  @Consumes(MediaType.WILDCARD)
  @APIResponseSchema(
      value = EvidenceView.class,
      responseCode = "201",
      responseDescription = "The evidence as stored.")
  public Response upload(
      @PathParam("key") String key,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam("Content-Disposition") String disposition,
      InputStream body)
      throws IOException {
    IncidentKey incident = RequestFields.key(key);
    EvidenceFileName fileName = new EvidenceFileName(fileName(disposition));
    byte[] content = body.readNBytes((int) EvidenceRules.MAX_BYTES + 1);
    if (content.length > EvidenceRules.MAX_BYTES) {
      throw TooLarge.evidence(EvidenceRules.MAX_BYTES);
    }
    Evidence stored = evidence.attach(incident, fileName, contentType, content, identity.caller());
    return Response.status(Response.Status.CREATED)
        .entity(EvidenceView.of(incident.value(), stored))
        .header(SHA256_HEADER, stored.sha256().hex())
        .build();
  }

  @POST
  @Path("links")
  @RolesAllowed("responder")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(
      value = EvidenceLinkView.class,
      responseCode = "201",
      responseDescription = "The link as stored.")
  public Response link(@PathParam("key") String key, EvidenceLinkRequest request) {
    IncidentKey incident = RequestFields.key(key);
    EvidenceLinkRequest valid = validator.valid(request);
    EvidenceLink stored = evidence.link(incident, valid.url(), valid.title(), identity.caller());
    return Response.status(Response.Status.CREATED).entity(EvidenceLinkView.of(stored)).build();
  }

  @GET
  @Path("links")
  public List<EvidenceLinkView> links(@PathParam("key") String key) {
    IncidentKey incident = RequestFields.key(key);
    return evidence.links(incident, identity.caller()).stream().map(EvidenceLinkView::of).toList();
  }

  @GET
  public List<EvidenceView> list(@PathParam("key") String key) {
    IncidentKey incident = RequestFields.key(key);
    return evidence.list(incident, identity.caller()).stream()
        .map(e -> EvidenceView.of(incident.value(), e))
        .toList();
  }

  @GET
  @Path("{id:[0-9]{1,18}}/content")
  @Produces(MediaType.WILDCARD)
  @APIResponse(
      responseCode = "200",
      description = "The file, with the content type it was uploaded with.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_OCTET_STREAM,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response download(@PathParam("key") String key, @PathParam("id") long id) {
    IncidentKey incident = RequestFields.key(key);
    return evidence
        .find(incident, id, identity.caller())
        .flatMap(e -> store.open(e.sha256()).map(in -> file(e, in)))
        .orElseGet(
            () ->
                Problems.of(
                    Response.Status.NOT_FOUND, "Incident " + incident + " has no evidence " + id));
  }

  private static Response file(Evidence e, InputStream in) {
    StreamingOutput output =
        out -> {
          try (in) {
            in.transferTo(out);
          }
        };
    return Response.ok(output, e.type().mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + e.fileName().value() + "\"")
        .header("Content-Length", e.sizeBytes())
        .header(SHA256_HEADER, e.sha256().hex())
        .header(
            "Repr-Digest",
            "sha-256=:"
                + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(e.sha256().hex()))
                + ":")
        .build();
  }

  private static String fileName(String disposition) {
    if (disposition == null) {
      throw FieldRefused.field(
          "fileName", "is required: send Content-Disposition: attachment; filename=\"…\"");
    }
    Matcher matcher = FILENAME.matcher(disposition);
    if (!matcher.find()) {
      throw FieldRefused.field(
          "fileName", "is required: send Content-Disposition: attachment; filename=\"…\"");
    }
    return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
  }
}
