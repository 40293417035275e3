package io.hindsight.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a browser would send for one Faces form of a page: text and hidden inputs, checked
 * boxes, text areas and selected options, view state included; buttons only when asked for.
 */
final class PageForm {

  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z][\\w:-]*)=\"([^\"]*)\"");
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern TEXTAREA =
      Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
  private static final Pattern SELECT =
      Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);

  private PageForm() {}

  static Map<String, String> fields(String html, String formId) {
    int start = html.indexOf("<form id=\"" + formId + "\"");
    if (start < 0) {
      throw new IllegalStateException("No form " + formId + " on the page");
    }
    String form = html.substring(start, html.indexOf("</form>", start));
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(formId, formId);
    Matcher input = INPUT.matcher(form);
    while (input.find()) {
      Map<String, String> a = attributes(input.group());
      String type = a.getOrDefault("type", "text");
      String name = a.get("name");
      if (name == null || type.equals("submit") || type.equals("button")) {
        continue;
      }
      if (type.equals("checkbox") || type.equals("radio")) {
        if (a.containsKey("checked")) {
          fields.put(name, a.getOrDefault("value", "on"));
        }
      } else {
        fields.put(name, a.getOrDefault("value", ""));
      }
    }
    Matcher area = TEXTAREA.matcher(form);
    while (area.find()) {
      String text = unescape(area.group(2));
      fields.put(
          attributes(area.group(1)).get("name"), text.startsWith("\n") ? text.substring(1) : text);
    }
    Matcher select = SELECT.matcher(form);
    while (select.find()) {
      Matcher option = OPTION.matcher(select.group(2));
      while (option.find()) {
        Map<String, String> a = attributes(option.group(1));
        if (a.containsKey("selected")) {
          fields.put(attributes(select.group(1)).get("name"), a.get("value"));
        }
      }
    }
    return fields;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> result = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      result.put(m.group(1), unescape(m.group(2)));
    }
    return result;
  }

  private static String unescape(String html) {
    Matcher numeric = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html);
    StringBuilder out = new StringBuilder();
    while (numeric.find()) {
      int code = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
      numeric.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
    }
    numeric.appendTail(out);
    return out.toString()
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
