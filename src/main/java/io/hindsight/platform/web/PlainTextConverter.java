package io.hindsight.platform.web;

import io.hindsight.platform.text.ControlCharacters;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * The text rule for every text field of every form: a submitted value with a control character is
 * refused before it reaches a bean, and the form keeps what the user typed.
 */
@FacesConverter(forClass = String.class)
public class PlainTextConverter implements Converter<String> {

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    ControlCharacters.problem(value)
        .ifPresent(
            problem -> {
              Object label = component.getAttributes().get("label");
              String field = label == null ? "A field" : label.toString();
              String text = field + " " + problem + ".";
              throw new ConverterException(
                  new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            });
    return value;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }
}
