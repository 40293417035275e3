package io.hindsight.platform.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request field as one line of text (a title, a name, an address): on top of the text rule
 * ({@link ControlCharacters}), {@link LineBreaks} are refused in it. On a list, each element is one
 * line. Form inputs need no mark: every single-line input is one line.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD})
public @interface SingleLine {}
