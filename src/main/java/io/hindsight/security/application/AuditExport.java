package io.hindsight.security.application;

import io.hindsight.platform.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Audit entries as a file to download: CSV (one row per entry) or a JSON array. */
public enum AuditExport {
  CSV("text/csv; charset=UTF-8", "csv"),
  JSON("application/json", "json");

  private final String mediaType;
  private final String extension;

  AuditExport(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public static Optional<AuditExport> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String spelling = raw.strip().toUpperCase(Locale.ROOT);
    return spelling.equals("CSV") || spelling.equals("JSON")
        ? Optional.of(valueOf(spelling))
        : Optional.empty();
  }

  public String mediaType() {
    return mediaType;
  }

  public String fileName() {
    return "hindsight-audit." + extension;
  }

  public String write(List<AuditRecord> records) {
    return this == CSV ? csv(records) : json(records);
  }

  private static String csv(List<AuditRecord> records) {
    StringBuilder out =
        new StringBuilder("id,at,actor,via,client_address,kind,subject,action,changes,reason\r\n");
    for (AuditRecord r : records) {
      out.append(r.id()).append(',');
      out.append(cell(r.at().toString())).append(',');
      out.append(cell(r.actor())).append(',');
      out.append(cell(r.via())).append(',');
      out.append(cell(r.clientAddress())).append(',');
      out.append(cell(r.kind())).append(',');
      out.append(cell(r.subject())).append(',');
      out.append(cell(r.action())).append(',');
      out.append(
              cell(
                  r.changes().stream()
                      .map(AuditRecord.Change::describe)
                      .collect(Collectors.joining("; "))))
          .append(',');
      out.append(cell(r.reason())).append("\r\n");
    }
    return out.toString();
  }

  /**
   * A quoted CSV cell; a value a spreadsheet would take for a formula gets a leading apostrophe.
   */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return '"' + safe.replace("\"", "\"\"") + '"';
  }

  private static String json(List<AuditRecord> records) {
    JsonArrayBuilder array = Jsonp.array();
    for (AuditRecord r : records) {
      JsonArrayBuilder changes = Jsonp.array();
      for (AuditRecord.Change c : r.changes()) {
        JsonObjectBuilder change = Jsonp.object().add("field", c.field());
        optional(change, "before", c.before());
        optional(change, "after", c.after());
        changes.add(change.add("concealed", c.concealed()));
      }
      JsonObjectBuilder entry =
          Jsonp.object()
              .add("id", r.id())
              .add("at", r.at().toString())
              .add("actor", r.actor())
              .add("via", r.via());
      optional(entry, "clientAddress", r.clientAddress());
      entry.add("kind", r.kind()).add("subject", r.subject()).add("action", r.action());
      entry.add("changes", changes);
      optional(entry, "reason", r.reason());
      array.add(entry);
    }
    return array.build().toString();
  }

  private static void optional(JsonObjectBuilder object, String name, String value) {
    if (value == null) {
      object.addNull(name);
    } else {
      object.add(name, value);
    }
  }
}
