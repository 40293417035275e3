package io.hindsight.incident.domain;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.security.domain.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;

/** Evidence kept elsewhere (a dashboard, a log search, a ticket): an http(s) link with a title. */
@Entity
@Table(name = "incident_evidence_link")
public class EvidenceLink {

  public static final int MAX_URL = 2000;
  public static final int MAX_TITLE = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "incident_id", nullable = false, updatable = false)
  private Long incidentId;

  @Column(name = "url", nullable = false, length = MAX_URL, updatable = false)
  private String url;

  @Column(name = "title", nullable = false, length = MAX_TITLE, updatable = false)
  private String title;

  @Column(name = "added_by", nullable = false, length = 64, updatable = false)
  private Username addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  protected EvidenceLink() {}

  private EvidenceLink(
      Incident incident, URI url, String title, Username addedBy, Instant addedAt) {
    this.incidentId = incident.id();
    this.url = url.toString();
    this.title = title;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  /**
   * A link to evidence; only absolute http and https addresses, and a title (the host when none is
   * given).
   */
  public static EvidenceLink of(
      Incident incident, String url, String title, Username addedBy, Instant addedAt) {
    URI uri = httpUri(url);
    String shown = title == null || title.isBlank() ? uri.getHost() : title.strip();
    if (shown.length() > MAX_TITLE) {
      throw FieldRefused.field("title", "must be at most " + MAX_TITLE + " characters");
    }
    return new EvidenceLink(incident, uri, shown, addedBy, addedAt);
  }

  private static URI httpUri(String url) {
    if (url == null || url.isBlank()) {
      throw FieldRefused.field("url", "is required");
    }
    if (url.length() > MAX_URL) {
      throw FieldRefused.field("url", "must be at most " + MAX_URL + " characters");
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw FieldRefused.field("url", "must be an absolute http or https address");
      }
      return uri;
    } catch (URISyntaxException malformed) {
      throw FieldRefused.field("url", "is not a valid address");
    }
  }

  public Long id() {
    return id;
  }

  public Long incidentId() {
    return incidentId;
  }

  public String url() {
    return url;
  }

  public String title() {
    return title;
  }

  public Username addedBy() {
    return addedBy;
  }

  public Instant addedAt() {
    return addedAt;
  }
}
