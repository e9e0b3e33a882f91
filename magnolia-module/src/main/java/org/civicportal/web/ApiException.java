package org.civicportal.web;

import java.util.Map;
import org.civicportal.feedback.Refusal;

/**
 * A request the API refuses: answered as {@code {"error": code, "message": text}} with its status
 * and headers. Thrown before anything is changed, so a refused request never has an effect.
 */
public class ApiException extends Exception {
  private final int status;
  private final String code;
  private final Map<String, String> headers;

  public ApiException(int status, String code, String message) {
    this(status, code, message, Map.of());
  }

  public ApiException(int status, String code, String message, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.headers = Map.copyOf(headers);
  }

  public static ApiException invalid(String message) {
    return new ApiException(400, "invalid_request", message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message);
  }

  public static ApiException conflict(String code, String message) {
    return new ApiException(409, code, message);
  }

  /**
   * The answer to a refusal of the rating or poll service: the one place where a {@link
   * Refusal.Reason} becomes an HTTP status and error code. The message is the refusal's own.
   */
  public static ApiException refused(Refusal refusal) {
    String message = refusal.getMessage();
    return switch (refusal.getReason()) {
      case NOT_FOUND -> notFound(message);
      case INVALID_REQUEST -> invalid(message);
      case ALREADY_VOTED -> conflict("already_voted", message);
      case POLL_NOT_OPEN -> conflict("poll_not_open", message);
      case POLL_CLOSED -> conflict("poll_closed", message);
    };
  }

  public static ApiException methodNotAllowed(String... allowed) {
    return new ApiException(
        405,
        "method_not_allowed",
        "Method not allowed here.",
        Map.of("Allow", String.join(", ", allowed)));
  }

  public int getStatus() {
    return status;
  }

  public String getCode() {
    return code;
  }

  public Map<String, String> getHeaders() {
    return headers;
  }
}
