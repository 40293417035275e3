package io.hindsight.platform.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The refusals every operation may answer, as {@code application/problem+json} with one shared
 * {@code Problem} schema (what {@code RefusalMappers} writes).
 */
final class ProblemResponses {

  static final String MEDIA_TYPE = "application/problem+json";
  static final String SCHEMA = "Problem";

  private ProblemResponses() {}

  static void addSchema(Components components) {
    Schema fieldError =
        object()
            .addProperty("field", string("The refused field, as the client spelled it"))
            .addProperty("message", string("Why it was refused"))
            .required(java.util.List.of("field", "message"));
    Schema problem =
        object()
            .description("An RFC 9457 problem document")
            .addProperty("type", string("A URI naming the kind of problem"))
            .addProperty("title", string("The kind of problem, for people"))
            .addProperty(
                "status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32"))
            .addProperty("detail", string("What went wrong, in a sentence"))
            .addProperty(
                "errors",
                OASFactory.createSchema()
                    .addType(SchemaType.ARRAY)
                    .description("The refused fields, on 400")
                    .items(fieldError))
            .addProperty(
                "currentVersion",
                OASFactory.createSchema()
                    .addType(SchemaType.INTEGER)
                    .format("int64")
                    .description("On a version conflict (409): the version to reload"))
            .required(java.util.List.of("title", "status"));
    components.addSchema(SCHEMA, problem);
  }

  /** Adds the refusals {@code operation} can answer, keeping any it documents itself. */
  static void add(Operation operation, HttpMethod method, String path, boolean authenticated) {
    boolean takesInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    boolean namesSomething = path.contains("{");
    boolean changes = method != HttpMethod.GET && method != HttpMethod.HEAD;
    Map<String, String> refusals = new java.util.LinkedHashMap<>();
    if (takesInput) {
      refusals.put("400", "Bad input: the problem's errors name each refused field");
    }
    if (authenticated) {
      refusals.put("401", "Not signed in: no valid token or session");
      refusals.put("403", "Signed in, but the caller's roles do not allow this");
    }
    if (namesSomething) {
      refusals.put("404", "No such resource, or one the caller may not see");
    }
    if (changes && (namesSomething || operation.getRequestBody() != null)) {
      refusals.put("409", "The resource's state or version does not allow this now");
    }
    if (operation.getRequestBody() != null) {
      refusals.put("413", "The request body is too large");
    }
    refusals.put("500", "An unexpected server error");
    refusals.forEach(
        (status, description) -> {
          if (operation.getResponses().getAPIResponse(status) == null) {
            operation.getResponses().addAPIResponse(status, problem(description));
          }
        });
  }

  private static APIResponse problem(String description) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA))));
  }

  private static Schema object() {
    return OASFactory.createSchema().addType(SchemaType.OBJECT);
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
  }
}
