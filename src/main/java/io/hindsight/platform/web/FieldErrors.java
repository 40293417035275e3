package io.hindsight.platform.web;

import io.hindsight.platform.refusal.FieldRefused;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Messages for the fields of a form, shown next to each field by its name; kept with a view-scoped
 * bean until the next submit.
 */
public final class FieldErrors implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> messages = new LinkedHashMap<>();

  public void put(String field, String message) {
    messages.put(field, message);
  }

  public void putAll(Map<String, String> fieldMessages) {
    messages.putAll(fieldMessages);
  }

  /** The refused fields' messages, each under {@code prefix} and the field's name. */
  public void putAll(String prefix, FieldRefused refused) {
    refused.errors().forEach(error -> messages.put(prefix + error.field(), error.message()));
  }

  public void clear() {
    messages.clear();
  }

  public boolean isEmpty() {
    return messages.isEmpty();
  }

  /** A read-only view for pages: {@code #{bean.errors['impact.users']}}. */
  public Map<String, String> asMap() {
    return Collections.unmodifiableMap(messages);
  }
}
