package io.hindsight.incident.application;

import java.util.Optional;

/**
 * A port for a gentle note on what a responder writes in the timeline (for example that a sentence
 * blames a person), implemented by a later feature. A note never refuses an entry.
 */
public interface EntryNotes {

  /** The note on an entry's text, or empty when there is nothing to say. */
  Optional<String> noteOn(String text);
}
