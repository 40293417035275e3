package io.hindsight.action.application;

import io.hindsight.action.domain.ActionItem;
import io.hindsight.action.domain.ActionItemStatus;
import io.hindsight.action.domain.CompletionRate;
import io.hindsight.action.domain.StoredActionItem;
import io.hindsight.action.domain.TrackerLink;
import io.hindsight.postmortem.application.ActionItemCompletion;
import io.hindsight.postmortem.application.ActionItemSummary;
import io.hindsight.postmortem.application.PostmortemActionItems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a post-mortem shows of its action items: their summaries and completion, for one post-mortem
 * or a page of them at once.
 */
@ApplicationScoped
@Transactional
public class ActionItemsOfPostmortems implements PostmortemActionItems {

  @Inject ActionItems items;
  @Inject Clock clock;

  @Override
  public List<ActionItemSummary> of(Long postmortemId) {
    LocalDate today = LocalDate.now(clock);
    return items.ofPostmortem(postmortemId).stream()
        .map(
            stored -> {
              ActionItem item = stored.item();
              return new ActionItemSummary(
                  stored.id(),
                  item.title(),
                  word(item.kind()),
                  word(item.priority()),
                  item.owner().value(),
                  item.dueDate(),
                  word(item.status()),
                  stored.factorId(),
                  item.trackerLink().map(TrackerLink::value),
                  item.isOverdue(today));
            })
        .toList();
  }

  @Override
  public ActionItemCompletion completionOf(Long postmortemId) {
    CompletionRate rate =
        CompletionRate.of(
            items.ofPostmortem(postmortemId).stream().map(StoredActionItem::item).toList());
    return new ActionItemCompletion(rate.done(), rate.wontDo(), rate.total(), rate.percent());
  }

  @Override
  public Map<Long, ActionItemCompletion> completionOf(Collection<Long> postmortemIds) {
    Map<Long, Map<ActionItemStatus, Long>> counts = new HashMap<>();
    postmortemIds.forEach(id -> counts.put(id, new EnumMap<>(ActionItemStatus.class)));
    for (ActionItems.StatusCount count : items.statusCounts(postmortemIds)) {
      counts.get(count.postmortemId()).merge(count.status(), count.count(), Long::sum);
    }
    Map<Long, ActionItemCompletion> completions = new HashMap<>();
    counts.forEach(
        (id, of) -> {
          CompletionRate rate = CompletionRate.ofCounts(of);
          completions.put(
              id,
              new ActionItemCompletion(rate.done(), rate.wontDo(), rate.total(), rate.percent()));
        });
    return completions;
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
