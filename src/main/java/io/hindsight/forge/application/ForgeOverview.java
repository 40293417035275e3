package io.hindsight.forge.application;

import io.hindsight.forge.domain.ForgeKind;
import io.hindsight.forge.domain.ForgeLink;
import io.hindsight.forge.domain.PullRequestRecord;
import io.hindsight.forge.domain.PullRequestState;
import io.hindsight.runbook.application.RunbookRepositories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The forge settings page's list: every registered repository that has a remote to push to, with
 * its forge as an admin sees it (never the token), in two queries whatever the number of
 * repositories; and the open pull requests with a problem the admin may fix.
 */
@ApplicationScoped
@Transactional
public class ForgeOverview {

  @Inject RunbookRepositories repositories;
  @PersistenceContext EntityManager em;

  /** One repository and its forge, if it has one. */
  public record Row(String repository, String name, Optional<ForgeLinks.View> forge) {

    /** The forge's name as people write it ("GitHub"), or empty. */
    public String kindLabel() {
      return forge.flatMap(f -> ForgeKind.parse(f.kind())).map(ForgeKind::label).orElse("");
    }
  }

  public List<Row> rows() {
    Map<String, ForgeLink> links =
        em.createQuery("select l from ForgeLink l", ForgeLink.class).getResultList().stream()
            .collect(Collectors.toMap(ForgeLink::repository, Function.identity()));
    return repositories.registered().stream()
        .filter(repository -> repository.remote().isPresent())
        .map(
            repository ->
                new Row(
                    repository.key().value(),
                    repository.name(),
                    Optional.ofNullable(links.get(repository.key().value()))
                        .map(ForgeLinks.View::of)))
        .toList();
  }

  /** An open pull request the forge refused something for, or that the poll could not check. */
  public record Problem(
      String repository, long changeRequestId, long number, String url, String note) {}

  /** The 50 most recent open pull requests with a note, newest first. */
  public List<Problem> problems() {
    return em
        .createQuery(
            "select r from PullRequestRecord r where r.state = :open and r.note is not null"
                + " order by r.updatedAt desc",
            PullRequestRecord.class)
        .setParameter("open", PullRequestState.OPEN)
        .setMaxResults(50)
        .getResultList()
        .stream()
        .map(
            r ->
                new Problem(
                    r.repository(), r.changeRequestId(), r.number(), r.url(), r.note().get()))
        .toList();
  }

  /** The repository's row, when it is registered and has a remote. */
  public Optional<Row> row(String repository) {
    return rows().stream().filter(row -> row.repository().equals(repository)).findFirst();
  }
}
