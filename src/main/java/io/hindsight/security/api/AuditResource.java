package io.hindsight.security.api;

import io.hindsight.platform.api.QueryParameters;
import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.security.application.AuditExport;
import io.hindsight.security.application.AuditLog;
import io.hindsight.security.application.AuditRecord;
import io.hindsight.security.domain.AuditFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Admin: the audit trail, read-only. Entries are written by the changes themselves; no endpoint
 * writes, changes or deletes one.
 */
@Path("audit")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  static final int MAX_SIZE = 200;
  static final int MAX_PAGE = 100_000;

  @Inject AuditLog log;
  @Context UriInfo uri;

  @GET
  @Parameter(
      name = "actor",
      in = ParameterIn.QUERY,
      description = "Only changes by this user.",
      schema = @Schema(type = SchemaType.STRING, maxLength = 64))
  @Parameter(
      name = "kind",
      in = ParameterIn.QUERY,
      description = "Only changes to this kind of subject (user, token, repository, incident, …).",
      schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z][a-z-]{0,39}$"))
  @Parameter(
      name = "subject",
      in = ParameterIn.QUERY,
      description = "Only changes to the subject with this key, name or number.",
      schema = @Schema(type = SchemaType.STRING, maxLength = 200))
  @Parameter(
      name = "action",
      in = ParameterIn.QUERY,
      description = "Only this action (created, updated, removed, credential-changed, …).",
      schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z][a-z-]{0,39}$"))
  @Parameter(
      name = "from",
      in = ParameterIn.QUERY,
      description = "Only changes at or after this date (UTC) or instant.",
      schema = @Schema(type = SchemaType.STRING, example = "2026-12-01"))
  @Parameter(
      name = "to",
      in = ParameterIn.QUERY,
      description = "Only changes up to this date (inclusive, UTC) or before this instant.",
      schema = @Schema(type = SchemaType.STRING, example = "2026-12-31"))
  @Parameter(
      name = "page",
      in = ParameterIn.QUERY,
      description = "The page, from 0.",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100000", defaultValue = "0"))
  @Parameter(
      name = "size",
      in = ParameterIn.QUERY,
      description = "Entries per page.",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
  public ResultPage<AuditRecord> list() {
    QueryParameters query = query("page", "size");
    AuditFilter filter = AuditFilter.parse(query::one);
    return log.page(
        filter,
        query.number("page", 0, MAX_PAGE).orElse(0),
        query.number("size", 1, MAX_SIZE).orElse(50));
  }

  @GET
  @Path("export")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  @Parameter(
      name = "format",
      in = ParameterIn.QUERY,
      required = true,
      description = "csv or json.",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"csv", "json"}))
  @Parameter(
      name = "actor",
      in = ParameterIn.QUERY,
      description = "Only changes by this user.",
      schema = @Schema(type = SchemaType.STRING, maxLength = 64))
  @Parameter(
      name = "kind",
      in = ParameterIn.QUERY,
      description = "Only changes to this kind of subject.",
      schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z][a-z-]{0,39}$"))
  @Parameter(
      name = "subject",
      in = ParameterIn.QUERY,
      description = "Only changes to the subject with this key, name or number.",
      schema = @Schema(type = SchemaType.STRING, maxLength = 200))
  @Parameter(
      name = "action",
      in = ParameterIn.QUERY,
      description = "Only this action.",
      schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z][a-z-]{0,39}$"))
  @Parameter(
      name = "from",
      in = ParameterIn.QUERY,
      description = "Only changes at or after this date (UTC) or instant.",
      schema = @Schema(type = SchemaType.STRING, example = "2026-12-01"))
  @Parameter(
      name = "to",
      in = ParameterIn.QUERY,
      description = "Only changes up to this date (inclusive, UTC) or before this instant.",
      schema = @Schema(type = SchemaType.STRING, example = "2026-12-31"))
  @APIResponse(
      responseCode = "200",
      description =
          "Every matching entry, newest first (at most 10,000), as a CSV file or a JSON array.",
      content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AuditRecord.class))
      })
  public Response export() {
    QueryParameters query = query("format");
    AuditExport format =
        AuditExport.parse(query.required("format"))
            .orElseThrow(() -> FieldRefused.field("format", "must be csv or json"));
    AuditFilter filter = AuditFilter.parse(query::one);
    return Response.ok(format.write(log.export(filter)), format.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + format.fileName() + "\"")
        .build();
  }

  private QueryParameters query(String... more) {
    Set<String> known = new HashSet<>(AuditFilter.PARAMETERS);
    known.addAll(Set.of(more));
    return QueryParameters.of(uri.getQueryParameters(), known);
  }
}
