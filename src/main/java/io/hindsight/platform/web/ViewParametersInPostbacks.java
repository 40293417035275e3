package io.hindsight.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Forms post back to their page's own address, view parameters included ({@code
 * incident.xhtml?key=INC-…}), so that the address shown after any postback still names what the
 * page shows: reloading it, sharing it and the page's own scripts keep working. Links and redirects
 * (bookmarkable URLs) name their parameters themselves and are left as they are: Faces builds them
 * from this same action URL.
 */
public final class ViewParametersInPostbacks extends ViewHandlerWrapper {

  public ViewParametersInPostbacks(ViewHandler wrapped) {
    super(wrapped);
  }

  private static final String BUILDING_LINK = ViewParametersInPostbacks.class.getName() + ".link";

  @Override
  public String getBookmarkableURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return building(
        context,
        () -> super.getBookmarkableURL(context, viewId, withValues(parameters), includeViewParams));
  }

  @Override
  public String getRedirectURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return building(
        context,
        () -> super.getRedirectURL(context, viewId, withValues(parameters), includeViewParams));
  }

  /**
   * A link parameter without a value is left out: Faces would fail on it (a 500 for a page opened
   * without its {@code key}, whose links name the missing key).
   */
  private static Map<String, List<String>> withValues(Map<String, List<String>> parameters) {
    if (parameters == null
        || parameters.values().stream().allMatch(v -> v != null && !v.contains(null))) {
      return parameters;
    }
    Map<String, List<String>> kept = new LinkedHashMap<>();
    parameters.forEach(
        (name, values) -> {
          List<String> present = new ArrayList<>();
          if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(present::add);
          }
          if (!present.isEmpty()) {
            kept.put(name, present);
          }
        });
    return kept;
  }

  private static String building(FacesContext context, Supplier<String> url) {
    Map<Object, Object> attributes = context.getAttributes();
    Object before = attributes.put(BUILDING_LINK, Boolean.TRUE);
    try {
      return url.get();
    } finally {
      if (before == null) {
        attributes.remove(BUILDING_LINK);
      }
    }
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    String url = super.getActionURL(context, viewId);
    if (context.getAttributes().containsKey(BUILDING_LINK)) {
      return url;
    }
    UIViewRoot root = context.getViewRoot();
    if (root == null || !viewId.equals(root.getViewId())) {
      return url;
    }
    Collection<UIViewParameter> parameters = ViewMetadata.getViewParameters(root);
    StringBuilder query = new StringBuilder();
    for (UIViewParameter parameter : parameters) {
      String value = parameter.getStringValue(context);
      if (parameter.getName() != null && value != null && !value.isEmpty()) {
        query
            .append(query.isEmpty() && !url.contains("?") ? '?' : '&')
            .append(URLEncoder.encode(parameter.getName(), StandardCharsets.UTF_8))
            .append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    return url + query;
  }
}
