package io.hindsight.forge.application;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;

/** Reading the fields of forge webhook payloads that reviews and comments are made of. */
final class RemarkPayloads {

  /** GitLab's older spelling of times in webhooks: {@code 2015-05-17 18:21:36 UTC}. */
  private static final DateTimeFormatter GITLAB_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

  private RemarkPayloads() {}

  static JsonObject payload(WebhookDelivery delivery) {
    return ForgeHttp.jsonObject(new String(delivery.body(), StandardCharsets.UTF_8));
  }

  static Optional<JsonObject> object(JsonObject parent, String name) {
    return parent.get(name) instanceof JsonObject child ? Optional.of(child) : Optional.empty();
  }

  static Optional<String> text(JsonObject object, String name) {
    return object.get(name) instanceof JsonString value && !value.getString().isBlank()
        ? Optional.of(value.getString())
        : Optional.empty();
  }

  static Optional<Long> number(JsonObject object, String name) {
    return object.get(name) instanceof JsonNumber value && value.isIntegral()
        ? Optional.of(value.longValue())
        : Optional.empty();
  }

  /**
   * The login under {@code name}: GitHub's and Gitea's {@code login}, GitLab's {@code username}.
   */
  static Optional<String> login(JsonObject object, String name) {
    return object(object, name)
        .flatMap(user -> text(user, "login").or(() -> text(user, "username")));
  }

  /** An ISO-8601 time with an offset, or GitLab's older {@code 2015-05-17 18:21:36 UTC}. */
  static Optional<Instant> time(JsonObject object, String name) {
    return text(object, name)
        .flatMap(
            raw -> {
              try {
                return Optional.of(OffsetDateTime.parse(raw).toInstant());
              } catch (DateTimeParseException notIso) {
                try {
                  return Optional.of(ZonedDateTime.parse(raw, GITLAB_TIME).toInstant());
                } catch (DateTimeParseException notGitLab) {
                  return Optional.empty();
                }
              }
            });
  }

  /** The delivery's own id, or a digest of its body when the forge sent none. */
  static String deliveryKey(WebhookDelivery delivery, String header) {
    return delivery.header(header).orElseGet(() -> sha256(delivery.body()));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
