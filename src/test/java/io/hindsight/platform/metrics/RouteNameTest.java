package io.hindsight.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteNameTest {

  @Test
  void anApiRequestIsCountedUnderItsTemplate() {
    assertThat(RouteName.of(Optional.of("/api/v1/incidents/{key}"), "/api/v1/incidents/INC-1", 200))
        .isEqualTo("/api/v1/incidents/{key}");
  }

  @Test
  void anApiPathNoResourceAnsweredIsOneRouteWhateverThePath() {
    assertThat(RouteName.of(Optional.empty(), "/api/v1/no/such/thing", 404))
        .isEqualTo(RouteName.of(Optional.empty(), "/api/v1/other/made-up", 404))
        .isEqualTo("/api/unmatched");
  }

  @Test
  void pagesAreCountedByViewAndMadeUpPagesAreNot() {
    assertThat(RouteName.of(Optional.empty(), "/incident.xhtml", 200)).isEqualTo("/incident.xhtml");
    assertThat(RouteName.of(Optional.empty(), "/admin/users.xhtml", 200))
        .isEqualTo("/admin/users.xhtml");
    assertThat(RouteName.of(Optional.empty(), "/made-up-123.xhtml", 404)).isEqualTo("unmatched");
    assertThat(RouteName.of(Optional.empty(), "/a/b/c.xhtml", 200)).isEqualTo("other");
  }

  @Test
  void staticResourcesShareOneRoute() {
    assertThat(RouteName.of(Optional.empty(), "/static/live-lint.js", 200)).isEqualTo("static");
    assertThat(RouteName.of(Optional.empty(), "/jakarta.faces.resource/faces.js", 200))
        .isEqualTo("static");
  }

  @Test
  void templatesJoinWithSingleSlashesAndNoTrailingOne() {
    assertThat(RouteName.template("/api/v1", "/incidents/", "{key}/steps/"))
        .isEqualTo("/api/v1/incidents/{key}/steps");
    assertThat(RouteName.template("api/v1", "incidents", null)).isEqualTo("/api/v1/incidents");
  }
}
