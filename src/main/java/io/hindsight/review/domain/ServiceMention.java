package io.hindsight.review.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Whether a runbook's text mentions a service: its name as a whole word, in any case. Letters,
 * digits, {@code _} and {@code -} continue a word, so {@code payments} is not mentioned by {@code
 * payments-api}, {@code old_payments} or {@code paymentsdb}; dots, slashes and everything else end
 * one, so {@code payments.internal}, {@code k8s/payments} and "(payments)" mention it.
 */
public final class ServiceMention {

  private static final String WORD = "[\\p{L}\\p{N}_-]";

  private final Pattern whole;

  public ServiceMention(ServiceName service) {
    Objects.requireNonNull(service, "service");
    whole =
        Pattern.compile(
            "(?<!" + WORD + ")" + Pattern.quote(service.value()) + "(?!" + WORD + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Whether the runbook's title or body mentions the service. */
  public boolean in(String title, String body) {
    return mentions(title) || mentions(body);
  }

  private boolean mentions(String text) {
    return text != null && whole.matcher(text).find();
  }
}
