package io.hindsight.platform.api;

import io.hindsight.platform.json.Jsonp;
import io.hindsight.platform.refusal.FieldError;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds names that appear twice in one JSON object, by their path. A parser keeps the last of them
 * silently, so a body could say {@code "restricted": true} to one reader and {@code false} to
 * another.
 */
final class JsonDuplicateKeys {

  private JsonDuplicateKeys() {}

  /** The repeated names of a well-formed document; the parser's exception for a malformed one. */
  static List<FieldError> refusedFields(String document) {
    List<FieldError> errors = new ArrayList<>();
    Deque<Scope> scopes = new ArrayDeque<>();
    try (JsonParser parser = Jsonp.parser(new StringReader(document))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT -> scopes.push(new Scope(childPath(scopes), new HashSet<>(), true));
          case START_ARRAY -> scopes.push(new Scope(childPath(scopes), null, false));
          case END_OBJECT, END_ARRAY -> {
            scopes.pop();
            advance(scopes);
          }
          case KEY_NAME -> {
            Scope scope = scopes.peek();
            scope.key = parser.getString();
            if (!scope.names.add(scope.key)) {
              errors.add(
                  new FieldError(
                      scope.join(scope.key), "appears more than once; send each field once"));
            }
          }
          default -> advance(scopes);
        }
      }
    }
    return errors;
  }

  private static String childPath(Deque<Scope> scopes) {
    Scope parent = scopes.peek();
    if (parent == null) {
      return "";
    }
    return parent.object ? parent.join(parent.key) : parent.path + "[" + parent.index + "]";
  }

  private static void advance(Deque<Scope> scopes) {
    Scope scope = scopes.peek();
    if (scope != null && !scope.object) {
      scope.index++;
    }
  }

  private static final class Scope {
    final String path;
    final Set<String> names;
    final boolean object;
    String key;
    int index;

    Scope(String path, Set<String> names, boolean object) {
      this.path = path;
      this.names = names;
      this.object = object;
    }

    String join(String name) {
      return path.isEmpty() ? name : path + "." + name;
    }
  }
}
