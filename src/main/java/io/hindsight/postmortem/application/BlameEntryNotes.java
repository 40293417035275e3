package io.hindsight.postmortem.application;

import io.hindsight.incident.application.EntryNotes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The blame check's gentle note on timeline entries: it names what blames, it never refuses. */
@ApplicationScoped
public class BlameEntryNotes implements EntryNotes {

  @Inject BlameCheck blame;

  @Override
  public Optional<String> noteOn(String text) {
    return blame.note(text).map(note -> "A note from the blame check, the entry is kept: " + note);
  }
}
