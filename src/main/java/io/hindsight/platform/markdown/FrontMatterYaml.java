package io.hindsight.platform.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads front matter YAML into {@link FrontMatter}: only standard YAML types, bounded in size,
 * aliases and nesting, and never self-referencing.
 *
 * <p>The event stream is checked before anything is built, because snakeyaml-engine composes
 * recursively and would overflow the stack on deeply nested or self-referencing input.
 */
final class FrontMatterYaml {

  private static final int MAX_CODE_POINTS = 64 * 1024;
  private static final int MAX_ALIASES = 20;
  private static final int MAX_DEPTH = 20;

  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setLabel("front matter")
          .setSchema(new CoreSchema())
          .setAllowDuplicateKeys(false)
          .setAllowRecursiveKeys(false)
          .setMaxAliasesForCollections(MAX_ALIASES)
          .setCodePointLimit(MAX_CODE_POINTS)
          .build();

  private final int firstLine;

  /**
   * @param firstLine the document line, counting from 1, on which the YAML starts
   */
  FrontMatterYaml(int firstLine) {
    this.firstLine = firstLine;
  }

  FrontMatter read(String yaml) {
    try {
      checkShape(yaml);
      Object root = new Load(SETTINGS).loadFromString(yaml);
      return root == null ? FrontMatter.empty() : FrontMatter.of((Map<?, ?>) root);
    } catch (MarkedYamlEngineException e) {
      throw new InvalidFrontMatterException(describe(e), line(e.getProblemMark()), e);
    } catch (YamlEngineException e) {
      throw new InvalidFrontMatterException(e.getMessage(), 0, e);
    }
  }

  /** Requires a mapping at the top, limits nesting and aliases, rejects self-references. */
  private void checkShape(String yaml) {
    Deque<Optional<Anchor>> open = new ArrayDeque<>();
    boolean atRoot = true;
    int aliases = 0;
    for (Event event : new Parse(SETTINGS).parseString(yaml)) {
      Event.ID id = event.getEventId();
      if (atRoot && isNode(id)) {
        atRoot = false;
        if (id != Event.ID.MappingStart) {
          throw invalid(
              "expected keys with values, like \"title: Node recovery\", but found "
                  + (id == Event.ID.SequenceStart ? "a list" : "a single value"),
              event);
        }
      }
      if (event instanceof CollectionStartEvent start) {
        if (open.size() == MAX_DEPTH) {
          throw invalid("values are nested more than " + MAX_DEPTH + " levels deep", event);
        }
        open.push(start.getAnchor());
      } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
        open.pop();
      } else if (event instanceof AliasEvent alias) {
        if (++aliases > MAX_ALIASES) {
          throw invalid("uses more than " + MAX_ALIASES + " aliases", event);
        }
        if (open.contains(Optional.of(alias.getAlias()))) {
          throw invalid("*" + alias.getAlias() + " refers to a value that contains it", event);
        }
      }
    }
  }

  private static boolean isNode(Event.ID id) {
    return id == Event.ID.MappingStart
        || id == Event.ID.SequenceStart
        || id == Event.ID.Scalar
        || id == Event.ID.Alias;
  }

  private InvalidFrontMatterException invalid(String problem, Event event) {
    return new InvalidFrontMatterException(problem, line(event.getStartMark()), null);
  }

  private String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() != null ? e.getProblem() : "not valid YAML";
    int contextLine = line(e.getContextMark());
    if (e.getContext() == null || contextLine == 0 || contextLine == line(e.getProblemMark())) {
      return problem;
    }
    return problem + " (" + e.getContext() + " on line " + contextLine + ")";
  }

  private int line(Optional<Mark> mark) {
    return mark.map(m -> firstLine + m.getLine()).orElse(0);
  }
}
