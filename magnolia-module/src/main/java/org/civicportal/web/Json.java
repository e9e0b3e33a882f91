package org.civicportal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;

/** JSON answers: UTF-8, never cached (headers set by {@link CivicApiServlet} for every answer). */
public final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static void write(HttpServletResponse response, int status, Object body)
      throws IOException {
    byte[] bytes = MAPPER.writeValueAsBytes(body);
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  public static void writeError(HttpServletResponse response, ApiException e) throws IOException {
    e.getHeaders().forEach(response::setHeader);
    Map<String, String> body = new LinkedHashMap<>();
    body.put("error", e.getCode());
    body.put("message", e.getMessage());
    write(response, e.getStatus(), body);
  }
}
