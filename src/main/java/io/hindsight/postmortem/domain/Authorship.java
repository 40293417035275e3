package io.hindsight.postmortem.domain;

import io.hindsight.security.domain.Username;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * Who writes a post-mortem and who reviews it: the listed authors, everyone who saved content (who
 * count as authors in review even after leaving the list), and the chosen reviewers.
 */
@Embeddable
public class Authorship {

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "postmortem_author", joinColumns = @JoinColumn(name = "postmortem_id"))
  @Column(name = "username", nullable = false, length = 64)
  private Set<String> authors = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "postmortem_writer", joinColumns = @JoinColumn(name = "postmortem_id"))
  @Column(name = "username", nullable = false, length = 64)
  private Set<String> writers = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "postmortem_reviewer", joinColumns = @JoinColumn(name = "postmortem_id"))
  @Column(name = "username", nullable = false, length = 64)
  private Set<String> reviewers = new TreeSet<>();

  protected Authorship() {}

  static Authorship of(Set<Username> authors) {
    Authorship authorship = new Authorship();
    authorship.listAuthors(authors);
    return authorship;
  }

  void listAuthors(Set<Username> listed) {
    authors.clear();
    listed.forEach(author -> authors.add(author.value()));
  }

  void wrote(Username writer) {
    writers.add(writer.value());
  }

  void chooseReviewers(Set<Username> chosen) {
    reviewers.clear();
    chosen.forEach(reviewer -> reviewers.add(reviewer.value()));
  }

  PostmortemParticipants participants() {
    Set<String> writing = new TreeSet<>(authors);
    writing.addAll(writers);
    return new PostmortemParticipants(usernames(writing), usernames(reviewers));
  }

  Set<Username> listedAuthors() {
    return usernames(authors);
  }

  private static Set<Username> usernames(Set<String> names) {
    return names.stream()
        .sorted()
        .map(Username::of)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
