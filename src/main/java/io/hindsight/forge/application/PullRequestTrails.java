package io.hindsight.forge.application;

import io.hindsight.change.application.ChangeDetail;
import io.hindsight.change.application.PullRequestTrail;
import io.hindsight.forge.domain.ForgeKind;
import io.hindsight.forge.domain.ForgeLink;
import io.hindsight.forge.domain.PullRequestRecord;
import io.hindsight.runbook.domain.RepositoryKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;

/**
 * A change request's pull request as its page and the API show it: the forge, number, address and
 * state, with the reviews and comments recorded from the forge's webhooks.
 */
@ApplicationScoped
@Transactional
public class PullRequestTrails implements PullRequestTrail {

  @Inject ForgeLinks links;
  @Inject ForgeRemarks remarks;
  @PersistenceContext EntityManager em;

  @Override
  public Optional<ChangeDetail.PullRequest> of(long changeRequestId) {
    return Optional.ofNullable(em.find(PullRequestRecord.class, changeRequestId))
        .filter(record -> record.number() > 0)
        .map(
            record ->
                new ChangeDetail.PullRequest(
                    links
                        .find(RepositoryKey.of(record.repository()))
                        .map(ForgeLink::kind)
                        .map(ForgeKind::label)
                        .orElse("Forge"),
                    record.number(),
                    linkable(record.url()),
                    record.state().spelling(),
                    remarks.of(changeRequestId).stream()
                        .map(
                            remark ->
                                new ChangeDetail.ForgeRemark(
                                    remark.kind().word(),
                                    remark.login(),
                                    remark.username(),
                                    remark.body(),
                                    remark.at()))
                        .toList()));
  }

  /** The address as a forge gave it, when it is one a page may link to. */
  private static String linkable(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? url : "";
  }
}
