package io.hindsight.notify.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Held emails bundled per recipient and day: the messages queued on one day (in the zone) for one
 * address become one digest, due once that day has ended there, keyed by address and day so that
 * each is queued once.
 */
public final class DailyDigest {

  private DailyDigest() {}

  /** One held email. */
  public record Item(
      long id,
      String recipient,
      NotificationKind kind,
      String title,
      String body,
      Instant queuedAt) {
    public Item {
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(queuedAt, "queuedAt");
    }
  }

  /** The digest of one address and day. */
  public record Digest(String recipient, LocalDate day, List<Item> items) {

    public IdempotencyKey key() {
      return IdempotencyKey.of(
          "digest", recipient.toLowerCase(Locale.ROOT), day.toString(), "email");
    }

    public String title() {
      return "Hindsight digest for "
          + day
          + ": "
          + items.size()
          + (items.size() == 1 ? " notification" : " notifications");
    }

    /** Each item's title and text, in the order they were queued. */
    public String body() {
      StringBuilder text =
          new StringBuilder("What Hindsight had for you on ").append(day).append(":");
      for (Item item : items) {
        text.append("\n\n- ").append(item.title()).append("\n  ").append(item.body());
      }
      return text.toString();
    }
  }

  /**
   * The digests due at {@code now}: every held item of a day before today (in {@code zone}),
   * grouped by address (in any case) and day, oldest day first; today's items wait.
   */
  public static List<Digest> due(List<Item> held, Instant now, ZoneId zone) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    Map<String, Map<LocalDate, List<Item>>> grouped = new TreeMap<>();
    Map<String, String> spelling = new LinkedHashMap<>();
    held.stream()
        .sorted(Comparator.comparing(Item::queuedAt).thenComparing(Item::id))
        .forEach(
            item -> {
              LocalDate day = LocalDate.ofInstant(item.queuedAt(), zone);
              if (day.isBefore(today)) {
                String address = item.recipient().toLowerCase(Locale.ROOT);
                spelling.putIfAbsent(address, item.recipient());
                grouped
                    .computeIfAbsent(address, a -> new TreeMap<>())
                    .computeIfAbsent(day, d -> new ArrayList<>())
                    .add(item);
              }
            });
    List<Digest> digests = new ArrayList<>();
    grouped.forEach(
        (address, days) ->
            days.forEach(
                (day, items) ->
                    digests.add(new Digest(spelling.get(address), day, List.copyOf(items)))));
    return digests;
  }
}
