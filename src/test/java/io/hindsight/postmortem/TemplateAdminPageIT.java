package io.hindsight.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.OverHttp;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Admins add and rename post-mortem template sections on a page; bad sections change nothing. */
class TemplateAdminPageIT extends OverHttp {

  private static final Pattern VERSION = Pattern.compile("id=\"template-version\">(\\d+)<");

  @Test
  void adminsAddAndRenameSectionsAndBadOnesChangeNothing() {
    BrowserSession admin = signIn("admin");
    String page = "admin/postmortem-template.xhtml";
    HttpResponse<String> shown = admin.get(page);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).contains("<code>root-causes</code>");
    int version = version(shown.body());

    HttpResponse<String> bad =
        admin.submit(
            page,
            "add-section",
            Map.of(
                "add-section:key",
                "Not A Key",
                "add-section:title",
                "X",
                "add-section:add",
                "Add section"));
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body()).contains("A section key is 1 to 40 lowercase letters");
    assertThat(version(admin.get(page).body())).isEqualTo(version);

    String key = "customer-comms-" + Long.toString(System.nanoTime(), 36);
    HttpResponse<String> added =
        admin.submit(
            page,
            "add-section",
            Map.of(
                "add-section:key", key,
                "add-section:title", "Customer <b>communication</b>",
                "add-section:hint", "What we told customers, and when.",
                "add-section:add", "Add section"));
    assertThat(added.body())
        .contains("template version " + (version + 1))
        .contains("Customer &lt;b&gt;communication&lt;/b&gt;")
        .doesNotContain("<b>communication</b>");

    HttpResponse<String> renamed =
        admin.submit(
            page,
            "rename-section",
            Map.of(
                "rename-section:section", key,
                "rename-section:new-title", "Talking to customers",
                "rename-section:rename", "Rename"));
    assertThat(renamed.body())
        .contains("template version " + (version + 2))
        .contains("Talking to customers");

    BrowserSession viewer = signIn("viewer");
    assertThat(viewer.get(page).statusCode()).isEqualTo(403);
  }

  private static int version(String html) {
    Matcher matcher = VERSION.matcher(html);
    assertThat(matcher.find()).as("template version on the page").isTrue();
    return Integer.parseInt(matcher.group(1));
  }
}
