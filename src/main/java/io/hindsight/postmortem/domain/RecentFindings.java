package io.hindsight.postmortem.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The warnings of texts checked lately with one list of names: a board or a post-mortem shows the
 * same unchanged titles and sections to every reader, and each check tries every rule at every
 * position of the text. The findings are kept for the last list of names only (a new list, as when
 * a user joins, starts afresh) and for at most {@value #MAX_CHARS} characters of text in all, short
 * texts only; when full it starts afresh. Thread-safe.
 */
final class RecentFindings {

  static final int MAX_TEXT = 4_000;
  static final long MAX_CHARS = 2_000_000;

  private record Generation(
      Collection<String> given,
      List<String> names,
      Map<String, List<BlameWarning>> found,
      AtomicLong chars) {

    Generation(Collection<String> given) {
      this(given, List.copyOf(given), new ConcurrentHashMap<>(), new AtomicLong());
    }

    boolean isSameAs(Collection<String> names) {
      return given == names;
    }

    boolean isEqualTo(Collection<String> names) {
      return this.names.equals(List.copyOf(names));
    }

    /** The same findings, for an equal list given anew (each request reads the names again). */
    Generation givenAs(Collection<String> names) {
      return new Generation(names, this.names, found, chars);
    }
  }

  private final AtomicReference<Generation> current = new AtomicReference<>();

  /** The warnings of {@code text} with {@code names}, checked by {@code check} when not kept. */
  List<BlameWarning> of(String text, Collection<String> names, Supplier<List<BlameWarning>> check) {
    if (text.length() > MAX_TEXT) {
      return check.get();
    }
    Generation generation = generationFor(names);
    List<BlameWarning> kept = generation.found().get(text);
    if (kept != null) {
      return kept;
    }
    List<BlameWarning> found = List.copyOf(check.get());
    if (generation.chars().addAndGet(text.length()) > MAX_CHARS) {
      current.set(new Generation(generation.given()));
    } else {
      generation.found().put(text, found);
    }
    return found;
  }

  int size() {
    Generation generation = current.get();
    return generation == null ? 0 : generation.found().size();
  }

  private Generation generationFor(Collection<String> names) {
    Generation generation = current.get();
    if (generation != null && generation.isSameAs(names)) {
      return generation;
    }
    Generation next =
        generation != null && generation.isEqualTo(names)
            ? generation.givenAs(names)
            : new Generation(names);
    current.set(next);
    return next;
  }
}
