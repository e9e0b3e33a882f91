package org.civicportal.standalone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;

import org.civicportal.web.SecurityHeaders;

/**
 * HTTP Basic in front of the statistics: user {@code admin} with the admin password; anything else gets 401.
 * The password hash is deliberately slow, so a header that passed is remembered (as its SHA-256) for a few
 * minutes instead of being checked again for each chart and script of the dashboard.
 */
final class StatsAuthFilter implements Filter {
    static final String USER = "admin";
    private static final String CHALLENGE = "Basic realm=\"civic-portal statistics\", charset=\"UTF-8\"";

    private final AdminPassword password;
    private final SecurityHeaders headers;
    private final Cache<String, Boolean> accepted = CacheBuilder.newBuilder()
            .maximumSize(100).expireAfterWrite(5, TimeUnit.MINUTES).build();

    StatsAuthFilter(AdminPassword password, SecurityHeaders headers) {
        this.password = password;
        this.headers = headers;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (authorized(request.getHeader("Authorization"))) {
            chain.doFilter(req, res);
            return;
        }
        headers.dashboard(response);
        response.setHeader("WWW-Authenticate", CHALLENGE);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write("Sign in as admin to see the statistics.\n".getBytes(StandardCharsets.UTF_8));
    }

    private boolean authorized(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String digest = sha256(header);
        if (accepted.getIfPresent(digest) != null) {
            return true;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        boolean ok = colon > 0 && decoded.substring(0, colon).equals(USER)
                && password.matches(decoded.substring(colon + 1).toCharArray());
        if (ok) {
            accepted.put(digest, Boolean.TRUE);
        }
        return ok;
    }

    private static String sha256(String s) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
