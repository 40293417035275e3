package io.hindsight.notify.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageTemplatesTest {

  private final MessageTemplates templates = new MessageTemplates();

  @Test
  void thePlainPartKeepsTheTextAndTheHtmlPartEscapesIt() {
    MessageTemplates.Rendered mail =
        templates.render(
            "escalation",
            "[P0] INC-2026-0042 Checkout <script>alert(1)</script> & cart",
            "Nobody acknowledged the incident within 15 minutes.\n\"Quotes\" stay quotes.",
            "http://hindsight.example.com/incident.xhtml?key=INC-2026-0042");

    assertThat(mail.text())
        .startsWith("[P0] INC-2026-0042 Checkout <script>alert(1)</script> & cart\n")
        .contains("\"Quotes\" stay quotes.")
        .contains(
            "Open in Hindsight: http://hindsight.example.com/incident.xhtml?key=INC-2026-0042")
        .contains("Hindsight sends this escalation notification.");
    assertThat(mail.html())
        .doesNotContain("<script>")
        .contains("Checkout &lt;script&gt;alert(1)&lt;/script&gt; &amp; cart")
        .contains("&quot;Quotes&quot;")
        .contains("<a href=\"http://hindsight.example.com/incident.xhtml?key&#61;INC-2026-0042\">");
  }

  @Test
  void withoutALinkThereIsNoLinkLine() {
    MessageTemplates.Rendered mail =
        templates.render("channel_test", "Test message", "It works.", null);
    assertThat(mail.text()).doesNotContain("Open in Hindsight").contains("channel test");
    assertThat(mail.html()).doesNotContain("<a ");
  }
}
