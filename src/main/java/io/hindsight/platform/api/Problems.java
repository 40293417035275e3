package io.hindsight.platform.api;

import io.hindsight.platform.refusal.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses. */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

  private Problems() {}

  public static Response of(Response.StatusType status, String detail) {
    return of(status, detail, List.of());
  }

  public static Response of(Response.StatusType status, String detail, List<FieldError> errors) {
    return build(
        new ProblemDetail(
            "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, errors, null));
  }

  /**
   * 409: the client edited an old version; it should reload {@code currentVersion} and apply its
   * change again.
   */
  public static Response conflict(String detail, long currentVersion) {
    Response.Status status = Response.Status.CONFLICT;
    return build(
        new ProblemDetail(
            "about:blank",
            status.getReasonPhrase(),
            status.getStatusCode(),
            detail,
            List.of(),
            currentVersion));
  }

  private static Response build(ProblemDetail problem) {
    return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem).build();
  }
}
