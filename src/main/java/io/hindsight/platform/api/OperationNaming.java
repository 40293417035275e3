package io.hindsight.platform.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names an API operation from the resource method that serves it ({@code IncidentResource_declare},
 * as SmallRye's {@code CLASS_METHOD} strategy spells it): a stable operation id ({@code
 * incidentDeclare}) and a summary for people ({@code Declare incident}).
 */
public final class OperationNaming {

  private final List<String> noun;
  private final List<String> verb;

  private OperationNaming(List<String> noun, List<String> verb) {
    this.noun = noun;
    this.verb = verb;
  }

  public static OperationNaming of(String classMethod) {
    int separator = classMethod.indexOf('_');
    String type = separator < 0 ? "" : classMethod.substring(0, separator);
    String method = separator < 0 ? classMethod : classMethod.substring(separator + 1);
    return new OperationNaming(words(type.replaceFirst("Resource$", "")), words(method));
  }

  public String operationId() {
    StringBuilder id = new StringBuilder();
    for (String word : noun) {
      id.append(id.length() == 0 ? word : capitalized(word));
    }
    for (String word : verb) {
      id.append(id.length() == 0 ? word : capitalized(word));
    }
    return id.toString();
  }

  public String summary() {
    List<String> all = new ArrayList<>(verb);
    if (!containsNoun()) {
      all.addAll(noun);
    }
    String sentence = String.join(" ", all);
    return sentence.isEmpty() ? sentence : capitalized(sentence);
  }

  private boolean containsNoun() {
    String said = String.join(" ", verb);
    return noun.isEmpty() || said.contains(String.join(" ", noun)) || said.contains(noun.get(0));
  }

  static List<String> words(String camel) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static String capitalized(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
