package io.hindsight.platform.api;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the served OpenAPI document as one contract (configured as {@code mp.openapi.filter}):
 * every operation gets a stable id, a summary, a tag per resource, its problem+json refusals and
 * the authentication it really takes (bearer token; HTTP Basic also for creating a token; the HMAC
 * signature for webhooks; none for the calendar feed, whose token is in its path).
 */
public class ApiContractFilter implements OASFilter {

  static final String PREFIX = "/api/v1/";

  /** The contract's version: the API's major version and the changes since (docs/api.md). */
  static final String VERSION = "1.7.0";

  private static final String BEARER = "bearer";
  private static final String BASIC = "basic";
  private static final String WEBHOOK = "webhookSignature";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components =
        openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
    openAPI.setComponents(components);
    ProblemResponses.addSchema(components);
    securitySchemes(components);
    openAPI.setServers(List.of(OASFactory.createServer().url("/").description("This server")));
    openAPI.setInfo(
        OASFactory.createInfo()
            .title("Hindsight API")
            .version(VERSION)
            .description(
                "Incidents, post-mortems, action items, runbooks and their reviews. Refusals are"
                    + " application/problem+json; see docs/api.md for the changelog."));
    openAPI.setSecurity(List.of(requirement(BEARER)));
    TreeSet<String> tags = new TreeSet<>();
    if (openAPI.getPaths() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      for (Map.Entry<HttpMethod, Operation> operation :
          path.getValue().getOperations().entrySet()) {
        String tag = tagOf(path.getKey());
        tags.add(tag);
        complete(operation.getValue(), operation.getKey(), path.getKey(), tag);
      }
    }
    tags.forEach(
        tag ->
            openAPI.addTag(
                OASFactory.createTag().name(tag).description("Operations on " + PREFIX + tag)));
  }

  private static void complete(Operation operation, HttpMethod method, String path, String tag) {
    if (operation.getOperationId() != null) {
      OperationNaming naming = OperationNaming.of(operation.getOperationId());
      operation.setOperationId(naming.operationId());
      if (operation.getSummary() == null || operation.getSummary().isBlank()) {
        operation.setSummary(naming.summary());
      }
    }
    if (operation.getTags() == null || operation.getTags().isEmpty()) {
      operation.setTags(List.of(tag));
    }
    boolean calendar = path.startsWith(PREFIX + "calendar/");
    boolean webhook = path.startsWith(PREFIX + "webhooks/");
    if (calendar) {
      operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
    } else if (webhook) {
      operation.setSecurity(List.of(requirement(WEBHOOK)));
    } else if (path.equals(PREFIX + "tokens") && method == HttpMethod.POST) {
      operation.setSecurity(List.of(requirement(BASIC), requirement(BEARER)));
    }
    ProblemResponses.add(operation, method, path, !calendar);
  }

  static String tagOf(String path) {
    String rest = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  private static SecurityRequirement requirement(String scheme) {
    return OASFactory.createSecurityRequirement().addScheme(scheme);
  }

  private static void securitySchemes(Components components) {
    components.addSecurityScheme(
        BEARER,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .description(
                "An API token created on the API tokens page or with POST /api/v1/tokens."));
    components.addSecurityScheme(
        BASIC,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("basic")
            .description("User name and password; accepted only for POST /api/v1/tokens."));
    components.addSecurityScheme(
        WEBHOOK,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.APIKEY)
            .in(SecurityScheme.In.HEADER)
            .name("X-Hub-Signature-256")
            .description(
                "sha256=<hex HMAC-SHA256 of the body with the repository's webhook secret>."));
  }
}
