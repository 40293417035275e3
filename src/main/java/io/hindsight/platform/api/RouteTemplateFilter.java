package io.hindsight.platform.api;

import io.hindsight.platform.metrics.RouteName;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/** Tells the metrics filter which path template answered an API request. */
@Provider
public class RouteTemplateFilter implements ContainerRequestFilter {

  private static final String APPLICATION_PATH =
      RestApplication.class.getAnnotation(ApplicationPath.class).value();

  @Context ResourceInfo resource;
  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    Class<?> type = resource.getResourceClass();
    Method method = resource.getResourceMethod();
    if (type == null || method == null) {
      return;
    }
    Path classPath = type.getAnnotation(Path.class);
    Path methodPath = method.getAnnotation(Path.class);
    request.setAttribute(
        RouteName.ATTRIBUTE,
        RouteName.template(
            APPLICATION_PATH,
            classPath == null ? "" : classPath.value(),
            methodPath == null ? null : methodPath.value()));
  }
}
