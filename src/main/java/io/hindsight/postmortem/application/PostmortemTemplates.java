package io.hindsight.postmortem.application;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.postmortem.domain.PostmortemTemplate;
import io.hindsight.postmortem.domain.SectionDefinition;
import io.hindsight.postmortem.domain.StoredTemplateSection;
import io.hindsight.security.application.AuditTrail;
import io.hindsight.security.domain.AuditAction;
import io.hindsight.security.domain.AuditSubject;
import io.hindsight.security.domain.FieldChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The stored template versions. Version 1 is the standard template until an admin changes it; each
 * change stores a whole new version.
 */
@ApplicationScoped
public class PostmortemTemplates {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;

  public PostmortemTemplate current() {
    Integer latest =
        em.createQuery("select max(s.position.version) from StoredTemplateSection s", Integer.class)
            .getSingleResult();
    return latest == null ? PostmortemTemplate.standard() : version(latest).orElseThrow();
  }

  public Optional<PostmortemTemplate> version(int version) {
    List<SectionDefinition> sections =
        em.createQuery(
                "select s from StoredTemplateSection s where s.position.version = :version"
                    + " order by s.position.order",
                StoredTemplateSection.class)
            .setParameter("version", version)
            .getResultStream()
            .map(StoredTemplateSection::definition)
            .toList();
    if (sections.isEmpty()) {
      return version == 1 ? Optional.of(PostmortemTemplate.standard()) : Optional.empty();
    }
    return Optional.of(PostmortemTemplate.of(version, sections));
  }

  /** Stores the next version made by {@code change} from the current one. */
  @Transactional
  public PostmortemTemplate change(UnaryOperator<PostmortemTemplate> change) {
    em.createQuery("select s from StoredTemplateSection s", StoredTemplateSection.class)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setMaxResults(1)
        .getResultList();
    PostmortemTemplate previous = current();
    PostmortemTemplate next = change.apply(previous);
    List<SectionDefinition> sections = next.sections();
    try {
      for (int i = 0; i < sections.size(); i++) {
        em.persist(new StoredTemplateSection(next.version(), i, sections.get(i)));
      }
      em.flush();
    } catch (PersistenceException clash) {
      throw FieldRefused.because(
          "Someone else changed the template at the same moment; reload it and make your change again.");
    }
    audit.record(
        AuditSubject.of("template", "postmortem"),
        AuditAction.UPDATED,
        FieldChanges.between(fields(previous), fields(next)));
    return next;
  }

  /** Each section as the audit trail records it: title, whether required, and hint. */
  private static Map<String, String> fields(PostmortemTemplate template) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("version", String.valueOf(template.version()));
    for (SectionDefinition section : template.sections()) {
      fields.put(
          "section." + section.key().value(),
          section.title()
              + (section.required() ? " (required)" : " (optional)")
              + (section.hint() == null || section.hint().isBlank() ? "" : ": " + section.hint()));
    }
    return fields;
  }
}
