package org.civicportal.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

/**
 * The first-party visitor cookie and the keyed hash stored in its place. Only the hash ever reaches
 * storage, and without the secret it cannot be linked back to a cookie.
 */
public final class VisitorIds {
  public static final String COOKIE = "civic_vid";

  /** Browsers cap cookie lifetimes near 400 days; a year is plenty for "one vote per visitor". */
  static final int MAX_AGE_SECONDS = 365 * 24 * 3600;

  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{22}");

  private final SecretKeySpec key;
  private final SecureRandom random;

  public VisitorIds(byte[] secret, SecureRandom random) {
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.random = random;
  }

  /** The cookie's value when the request carries a well-formed one, else null. */
  public String cookieValue(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (COOKIE.equals(c.getName())
            && c.getValue() != null
            && VALUE.matcher(c.getValue()).matches()) {
          return c.getValue();
        }
      }
    }
    return null;
  }

  /** A fresh random cookie value: 128 bits, URL-safe. */
  public String newCookieValue() {
    byte[] b = new byte[16];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** The stored form of a visitor: HMAC-SHA256 of the cookie value, 64 lower-case hex digits. */
  public String key(String cookieValue) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(cookieValue.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /**
   * The Set-Cookie header value; SameSite and the Secure flag are not expressible with
   * javax.servlet.http.Cookie.
   */
  public static String setCookieHeader(String value, boolean secure) {
    return COOKIE
        + "="
        + value
        + "; Path=/; Max-Age="
        + MAX_AGE_SECONDS
        + "; HttpOnly; SameSite=Lax"
        + (secure ? "; Secure" : "");
  }
}
