package org.civicportal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * One API request as a handler sees it: its path below the handler's root, the guards to apply in
 * the order the handler chooses, the body read under the size limit, the visitor, and the JSON
 * answer.
 */
public final class ApiCall {
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final HttpServletRequest request;
  private final HttpServletResponse response;
  private final RequestGuards guards;
  private final List<String> path;
  private InetAddress client;

  ApiCall(
      HttpServletRequest request,
      HttpServletResponse response,
      RequestGuards guards,
      List<String> path) {
    this.request = request;
    this.response = response;
    this.guards = guards;
    this.path = List.copyOf(path);
  }

  public String method() {
    return request.getMethod();
  }

  /** The path segments after the handler's root: ["{itemId}"] for /ratings/{itemId}. */
  public List<String> path() {
    return path;
  }

  public HttpServletRequest request() {
    return request;
  }

  /**
   * The JCR identifier {@code s}, when it is one in canonical (lower-case UUID) form; otherwise
   * 400.
   */
  public static String requireId(String s) throws ApiException {
    if (s == null || !UUID.matcher(s).matches()) {
      throw ApiException.invalid("Not a valid id.");
    }
    return s;
  }

  public InetAddress clientAddress() {
    if (client == null) {
      client = guards.clientAddress(request);
    }
    return client;
  }

  public void requireSameSite() throws ApiException {
    guards.checkSameSite(request);
  }

  public void limitWrites() throws ApiException {
    guards.limitWrites(clientAddress());
  }

  public void limitReads() throws ApiException {
    guards.limitReads(clientAddress());
  }

  /**
   * An {@code application/json} body (also {@code text/plain} when {@code textPlainToo}, as beacons
   * send).
   */
  public JsonBody readJson(boolean textPlainToo) throws ApiException {
    requireContentType(textPlainToo);
    return JsonBody.parse(readBody());
  }

  private void requireContentType(boolean textPlainToo) throws ApiException {
    String ct = request.getContentType();
    String[] parts = ct == null ? new String[] {""} : ct.split(";");
    String type = parts[0].trim().toLowerCase(Locale.ROOT);
    boolean typeOk = "application/json".equals(type) || (textPlainToo && "text/plain".equals(type));
    boolean charsetOk = true;
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].split("=", 2);
      if ("charset".equalsIgnoreCase(kv[0].trim())) {
        String cs = kv.length > 1 ? kv[1].trim().replace("\"", "") : "";
        charsetOk = "utf-8".equalsIgnoreCase(cs);
      }
    }
    if (!typeOk || !charsetOk) {
      throw new ApiException(
          415,
          "unsupported_media_type",
          "Send application/json" + (textPlainToo ? " or text/plain" : "") + " in UTF-8.");
    }
  }

  /** The body, refused with 413 as soon as it passes the limit, whatever Content-Length claimed. */
  private byte[] readBody() throws ApiException {
    ApiException tooLarge =
        new ApiException(
            413, "too_large", "The body exceeds " + ApiSettings.MAX_BODY_BYTES + " bytes.");
    if (request.getContentLengthLong() > ApiSettings.MAX_BODY_BYTES) {
      throw tooLarge;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    try (InputStream in = request.getInputStream()) {
      int n;
      while ((n = in.read(buf)) != -1) {
        if (out.size() + n > ApiSettings.MAX_BODY_BYTES) {
          throw tooLarge;
        }
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      throw ApiException.invalid("The body could not be read.");
    }
    return out.toByteArray();
  }

  /** This visitor's stored key, or null when the request carries no visitor cookie. */
  public String visitorKey() {
    String value = guards.visitors().cookieValue(request);
    return value == null ? null : guards.visitors().key(value);
  }

  /**
   * This visitor, with a new identity when the request carries none. The cookie is only sent by
   * {@link #remember(Visitor)}, after the handler succeeded, so a refused request leaves the
   * browser unchanged.
   */
  public Visitor visitor() {
    String value = guards.visitors().cookieValue(request);
    boolean fresh = value == null;
    if (fresh) {
      value = guards.visitors().newCookieValue();
    }
    return new Visitor(guards.visitors().key(value), fresh ? value : null);
  }

  public void remember(Visitor visitor) {
    if (visitor.newCookieValue != null) {
      response.addHeader(
          "Set-Cookie",
          VisitorIds.setCookieHeader(visitor.newCookieValue, guards.isSecure(request)));
    }
  }

  public void respond(int status, Object body) throws IOException {
    Json.write(response, status, body);
  }

  public void respondNoContent() {
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  public HttpServletResponse response() {
    return response;
  }

  /** A visitor: the key to store, and the cookie value to send when the visitor is new. */
  public static final class Visitor {
    private final String key;
    private final String newCookieValue;

    Visitor(String key, String newCookieValue) {
      this.key = key;
      this.newCookieValue = newCookieValue;
    }

    public String key() {
      return key;
    }

    public boolean isNew() {
      return newCookieValue != null;
    }
  }
}
