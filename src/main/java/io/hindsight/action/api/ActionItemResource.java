package io.hindsight.action.api;

import io.hindsight.action.application.ActionItemFilter;
import io.hindsight.action.application.ActionItemPage;
import io.hindsight.action.application.ActionItemService;
import io.hindsight.action.application.TrackedActionItem;
import io.hindsight.action.domain.ActionItemDraft;
import io.hindsight.action.domain.ActionItemStatus;
import io.hindsight.platform.api.QueryParameters;
import io.hindsight.platform.text.EnumNames;
import io.hindsight.postmortem.application.BlameCheck;
import io.hindsight.postmortem.application.PostmortemView;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.security.application.CallerIdentity;
import io.hindsight.security.domain.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Action items: list with filters (mine, by owner, by post-mortem, status, overdue) and the
 * completion rate, create on a post-mortem, read, change with the loaded version, delete.
 */
@Path("action-items")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class ActionItemResource {

  private static final Set<String> FILTERS =
      Set.of("owner", "postmortem", "status", "overdue", "open", "page", "size");

  @Inject ActionItemService service;
  @Inject BlameCheck blame;
  @Inject Clock clock;
  @Inject CallerIdentity identity;
  @Context UriInfo uri;

  @Schema(name = "ActionItemCompletion")
  public record Completion(int done, int wontDo, int total, Integer percent) {}

  @Schema(name = "ActionItemPage")
  public record Page(
      List<ActionItemView> items, int page, int size, long total, Completion completion) {}

  @GET
  @Parameter(
      name = "owner",
      in = ParameterIn.QUERY,
      description = "Only items owned by this user; me for the caller.",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "postmortem",
      in = ParameterIn.QUERY,
      description = "Only items of this post-mortem (its key).",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "status",
      in = ParameterIn.QUERY,
      description = "Only items in this status.",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"open", "in_progress", "done", "wont_do"}))
  @Parameter(
      name = "overdue",
      in = ParameterIn.QUERY,
      description = "Only items past (true) or not past (false) their due date.",
      schema = @Schema(type = SchemaType.BOOLEAN))
  @Parameter(
      name = "open",
      in = ParameterIn.QUERY,
      description = "Only open or in-progress (true), or done and won't-do (false) items.",
      schema = @Schema(type = SchemaType.BOOLEAN))
  @Parameter(
      name = "page",
      in = ParameterIn.QUERY,
      description = "The page, from 0.",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100000", defaultValue = "0"))
  @Parameter(
      name = "size",
      in = ParameterIn.QUERY,
      description = "Items per page.",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
  public Page list() {
    QueryParameters query = QueryParameters.of(uri.getQueryParameters(), FILTERS);
    ActionItemFilter filter =
        new ActionItemFilter(
            query
                .one("owner")
                .map(
                    raw ->
                        "me".equals(raw)
                            ? caller().username()
                            : ActionItemFields.user("owner", raw)),
            query.one("postmortem").map(ActionItemFields::postmortem),
            query
                .one("status")
                .map(raw -> EnumNames.required("status", raw, ActionItemStatus.class)),
            query.bool("overdue"),
            query.bool("open"));
    int page = query.number("page", 0, 100_000).orElse(0);
    int size = query.number("size", 1, 100).orElse(50);
    ActionItemPage found = service.list(filter, caller(), page, size);
    LocalDate today = LocalDate.now(clock);
    var check = blame.forMany();
    return new Page(
        found.items().stream().map(item -> view(item, today, check)).toList(),
        found.page(),
        found.size(),
        found.total(),
        new Completion(
            found.completion().done(),
            found.completion().wontDo(),
            found.completion().total(),
            found.completion().percent().isPresent()
                ? found.completion().percent().getAsInt()
                : null));
  }

  @POST
  @RolesAllowed("responder")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(
      value = ActionItemView.class,
      responseCode = "201",
      responseDescription = "The item as stored; Location is its address.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ActionItemRequests.Create.class),
              examples =
                  @ExampleObject(
                      name = "create",
                      summary = "A prevention item on a post-mortem",
                      value =
                          "{\"postmortem\": \"PM-2026-0001\", \"title\": \"Alert on checkout p95 latency above 1 s\", \"kind\": \"detect\", \"priority\": \"high\", \"owner\": \"alice\", \"dueDate\": \"2027-01-15\"}")))
  public Response create(ActionItemRequests.Create request) {
    ActionItemDraft draft = ActionItemFields.draft(request);
    PostmortemKey key = ActionItemFields.postmortem(request.postmortem());
    TrackedActionItem created =
        service.create(key, draft, ActionItemFields.factor(request.factor()), caller());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(created.stored().id())).build())
        .entity(view(created, LocalDate.now(clock)))
        .build();
  }

  @GET
  @Path("{id}")
  public ActionItemView get(@PathParam("id") String id) {
    return view(service.visible(ActionItemFields.id(id), caller()), LocalDate.now(clock));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ActionItemView update(@PathParam("id") String id, ActionItemRequests.Update request) {
    TrackedActionItem saved =
        service.update(
            ActionItemFields.id(id),
            ActionItemFields.changes(request),
            caller(),
            identity.responder());
    return view(saved, LocalDate.now(clock));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed("responder")
  @APIResponse(responseCode = "204", description = "The item is deleted.")
  @Parameter(
      name = "version",
      in = ParameterIn.QUERY,
      required = true,
      description = "The version you loaded.",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "2147483647"))
  public Response delete(@PathParam("id") String id) {
    QueryParameters query = QueryParameters.of(uri.getQueryParameters(), Set.of("version"));
    service.delete(
        ActionItemFields.id(id),
        QueryParameters.number("version", query.required("version"), 0, Integer.MAX_VALUE),
        caller());
    return Response.noContent().build();
  }

  private Caller caller() {
    return identity.caller();
  }

  private ActionItemView view(TrackedActionItem item, LocalDate today) {
    return view(item, today, blame.forMany());
  }

  private static ActionItemView view(
      TrackedActionItem item,
      LocalDate today,
      Function<String, Function<String, List<PostmortemView.Warning>>> check) {
    List<PostmortemView.Warning> warnings =
        new ArrayList<>(check.apply("title").apply(item.item().title()));
    item.item()
        .wontDoReason()
        .ifPresent(reason -> warnings.addAll(check.apply("wontDoReason").apply(reason)));
    return ActionItemView.of(item, today, warnings);
  }
}
