package io.hindsight.forge.application;

import io.hindsight.forge.domain.ForgeKind;
import io.hindsight.forge.domain.ForgeLink;
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
 * its forge as an admin sees it (never the token). Two queries, whatever the number of
 * repositories.
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

  /** The repository's row, when it is registered and has a remote. */
  public Optional<Row> row(String repository) {
    return rows().stream().filter(row -> row.repository().equals(repository)).findFirst();
  }
}
