package io.hindsight.platform.web;

import io.hindsight.platform.text.ControlCharacters;
import io.hindsight.platform.text.LineBreaks;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.component.html.HtmlInputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.util.Optional;

/**
 * The text rule for every input of every form, as a default validator: a value with a control
 * character, or a line break in a one-line input, fails validation, nothing reaches a bean, and the
 * form shows what the user typed. View parameters are addresses, which each page checks and answers
 * with 400 or 404 itself.
 */
@FacesValidator(value = "hindsight.plainText", isDefault = true)
public class PlainTextValidator implements Validator<Object> {

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (!(value instanceof String text) || component instanceof UIViewParameter) {
      return;
    }
    ControlCharacters.problem(text)
        .or(() -> isOneLine(component) ? LineBreaks.problem(text) : Optional.empty())
        .ifPresent(
            problem -> {
              Object label = component.getAttributes().get("label");
              String field = label == null ? component.getId() : label.toString();
              String message = field + " " + problem + ".";
              throw new ValidatorException(
                  new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            });
  }

  /** A text field or a password field holds one line; only a text area holds several. */
  private static boolean isOneLine(UIComponent component) {
    return component instanceof HtmlInputText || component instanceof HtmlInputSecret;
  }
}
