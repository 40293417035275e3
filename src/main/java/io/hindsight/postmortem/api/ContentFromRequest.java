package io.hindsight.postmortem.api;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.postmortem.domain.ContributingFactor;
import io.hindsight.postmortem.domain.FactorId;
import io.hindsight.postmortem.domain.ImpactFigures;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemContent;
import io.hindsight.postmortem.domain.SectionKey;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The content an update asks for: the stored content with the request's sections merged in and its
 * other fields, where given, replacing the stored ones.
 */
final class ContentFromRequest {

  private ContentFromRequest() {}

  static PostmortemContent of(Postmortem current, PostmortemRequests.Update request) {
    Map<SectionKey, String> sections = new LinkedHashMap<>(current.sections());
    if (request.sections() != null) {
      if (request.sections().size() > 100) {
        throw FieldRefused.field("sections", "has too many entries");
      }
      request
          .sections()
          .forEach(
              (key, text) -> {
                SectionKey section;
                try {
                  section = SectionKey.of(key);
                } catch (IllegalArgumentException | FieldRefused e) {
                  throw FieldRefused.field(
                      "sections." + PostmortemFields.shorten(key), e.getMessage());
                }
                sections.put(section, text == null ? "" : text);
              });
    }
    List<ContributingFactor> factors =
        request.factors() == null ? current.factors() : factors(request.factors());
    ImpactFigures impact =
        request.impact() == null
            ? current.impact()
            : ImpactFigures.of(
                request.impact().users(),
                request.impact().failedRequests(),
                request.impact().cost(),
                request.impact().currency());
    Set<Long> hidden =
        request.hiddenEntries() == null
            ? current.hiddenEntries()
            : Set.copyOf(request.hiddenEntries().stream().filter(Objects::nonNull).toList());
    var authors =
        request.authors() == null
            ? current.listedAuthors()
            : PostmortemFields.users("authors", request.authors(), PostmortemContent.MAX_AUTHORS);
    Set<String> acknowledged =
        request.acknowledged() == null
            ? current.acknowledged()
            : Set.copyOf(request.acknowledged().stream().filter(Objects::nonNull).toList());
    return new PostmortemContent(sections, factors, impact, hidden, authors, acknowledged);
  }

  private static List<ContributingFactor> factors(List<PostmortemRequests.Factor> requested) {
    if (requested.size() > PostmortemContent.MAX_FACTORS) {
      throw FieldRefused.field(
          "factors", "A post-mortem has at most " + PostmortemContent.MAX_FACTORS + " factors.");
    }
    Set<FactorId> seen = new HashSet<>();
    return requested.stream()
        .filter(Objects::nonNull)
        .map(
            factor -> {
              FactorId id =
                  factor.id() == null || factor.id().isBlank()
                      ? FactorId.random()
                      : FactorId.parse(factor.id())
                          .orElseThrow(
                              () ->
                                  FieldRefused.field(
                                      "factors", "A factor id looks like f-0123abcd."));
              if (!seen.add(id)) {
                throw FieldRefused.field("factors", "Factor " + id + " is listed twice.");
              }
              return new ContributingFactor(id, factor.description());
            })
        .toList();
  }
}
