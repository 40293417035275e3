package io.hindsight.postmortem.domain;

import io.hindsight.platform.refusal.FieldRefused;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned, immutable list of sections. Every change gives a new version, so a post-mortem keeps
 * the sections of the version it was created with.
 */
public final class PostmortemTemplate {

  private final int version;
  private final List<SectionDefinition> sections;

  private PostmortemTemplate(int version, List<SectionDefinition> sections) {
    if (version < 1) {
      throw FieldRefused.because("Template versions start at 1.");
    }
    if (sections.isEmpty()) {
      throw FieldRefused.because("A template needs at least one section.");
    }
    Set<SectionKey> keys = new HashSet<>();
    for (SectionDefinition section : sections) {
      if (!keys.add(section.key())) {
        throw FieldRefused.because("The template already has a section " + section.key() + ".");
      }
    }
    this.version = version;
    this.sections = List.copyOf(sections);
  }

  public static PostmortemTemplate of(int version, List<SectionDefinition> sections) {
    return new PostmortemTemplate(version, sections);
  }

  /** Version 1: the sections of a blameless post-mortem. */
  public static PostmortemTemplate standard() {
    return new PostmortemTemplate(1, StandardSections.ALL);
  }

  public int version() {
    return version;
  }

  public List<SectionDefinition> sections() {
    return sections;
  }

  public Optional<SectionDefinition> section(SectionKey key) {
    return sections.stream().filter(section -> section.key().equals(key)).findFirst();
  }

  /** The next version with {@code section} added at the end. */
  public PostmortemTemplate withSection(SectionDefinition section) {
    return withSection(section, sections.size());
  }

  /** The next version with {@code section} inserted at {@code position} (0 is first). */
  public PostmortemTemplate withSection(SectionDefinition section, int position) {
    if (position < 0 || position > sections.size()) {
      throw FieldRefused.because(
          "A new section goes at a position from 0 to " + sections.size() + ".");
    }
    List<SectionDefinition> next = new ArrayList<>(sections);
    next.add(position, section);
    return new PostmortemTemplate(version + 1, next);
  }

  /** The next version with the section's title changed; its key and content stay. */
  public PostmortemTemplate withSectionRenamed(SectionKey key, String title) {
    SectionDefinition current = existing(key);
    SectionDefinition renamed = current.withTitle(title);
    if (renamed.title().equals(current.title())) {
      throw FieldRefused.because("The section " + key + " already has that title.");
    }
    return new PostmortemTemplate(
        version + 1,
        sections.stream().map(section -> section == current ? renamed : section).toList());
  }

  /** The next version with the section moved {@code by} places (negative: towards the top). */
  public PostmortemTemplate withSectionMoved(SectionKey key, int by) {
    SectionDefinition moved = existing(key);
    int from = sections.indexOf(moved);
    int to = from + by;
    if (by == 0 || to < 0 || to >= sections.size()) {
      throw FieldRefused.because(
          "The section " + key + " cannot move " + (by < 0 ? "up" : "down") + " any further.");
    }
    List<SectionDefinition> next = new ArrayList<>(sections);
    next.remove(from);
    next.add(to, moved);
    return new PostmortemTemplate(version + 1, next);
  }

  /** The next version without the section; post-mortems of earlier versions keep it. */
  public PostmortemTemplate withoutSection(SectionKey key) {
    SectionDefinition removed = existing(key);
    return new PostmortemTemplate(
        version + 1, sections.stream().filter(section -> section != removed).toList());
  }

  /** The next version with the section required or optional. */
  public PostmortemTemplate withSectionRequired(SectionKey key, boolean required) {
    SectionDefinition current = existing(key);
    if (current.required() == required) {
      throw FieldRefused.because(
          "The section " + key + " is already " + (required ? "required" : "optional") + ".");
    }
    SectionDefinition changed =
        new SectionDefinition(current.key(), current.title(), required, current.hint());
    return new PostmortemTemplate(
        version + 1,
        sections.stream().map(section -> section == current ? changed : section).toList());
  }

  private SectionDefinition existing(SectionKey key) {
    return section(key)
        .orElseThrow(() -> FieldRefused.because("The template has no section " + key + "."));
  }

  /** Required sections whose content is missing or blank. */
  public List<SectionDefinition> missingRequired(Map<SectionKey, String> content) {
    return sections.stream()
        .filter(SectionDefinition::required)
        .filter(section -> content.getOrDefault(section.key(), "").isBlank())
        .toList();
  }
}
