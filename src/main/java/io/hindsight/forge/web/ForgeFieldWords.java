package io.hindsight.forge.web;

import io.hindsight.forge.domain.ForgeKind;
import io.hindsight.platform.refusal.FieldRefused;
import java.util.stream.Collectors;

/**
 * A refusal of the forge forms in the words of the page: each field by its label ("API base URL
 * must be…", "GitHub login must be…") rather than by its name in the API.
 */
final class ForgeFieldWords {

  private ForgeFieldWords() {}

  static String of(FieldRefused refused) {
    if (refused.errors().isEmpty()) {
      return refused.getMessage();
    }
    return refused.errors().stream()
        .map(error -> sentence(label(error.field()), error.message()))
        .collect(Collectors.joining(" "));
  }

  static String label(String field) {
    return switch (field) {
      case "kind" -> "Forge";
      case "apiUrl" -> "API base URL";
      case "project" -> "Project";
      case "token" -> "Token";
      default ->
          ForgeKind.parse(field).map(kind -> kind.label() + " login").orElse("\"" + field + "\"");
    };
  }

  private static String sentence(String label, String message) {
    String text =
        message.isEmpty() || Character.isUpperCase(message.charAt(0))
            ? message
            : label + " " + message;
    return text.endsWith(".") ? text : text + ".";
  }
}
