package io.anshim.shared.api;

import java.util.List;

/**
 * The body of every refused API request: the HTTP status, a stable error code for programs, a
 * sentence for people in the requested language, and the broken field constraints if any.
 */
public record ApiError(int status, String error, String message, List<FieldError> fields) {

  public record FieldError(String field, String message) {}

  public ApiError {
    fields = List.copyOf(fields);
  }
}
