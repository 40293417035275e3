package io.hindsight.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
        context, () -> super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
  }

  @Override
  public String getRedirectURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return building(
        context, () -> super.getRedirectURL(context, viewId, parameters, includeViewParams));
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
