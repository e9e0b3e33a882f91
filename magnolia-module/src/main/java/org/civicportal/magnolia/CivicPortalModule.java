package org.civicportal.magnolia;

import java.util.ArrayList;
import java.util.List;

/**
 * The module's configuration, filled by Magnolia from {@code config:/modules/civic-portal/config} and kept up to
 * date when an admin edits it there; injected wherever it is needed.
 */
public class CivicPortalModule {
    private String siteUrl = "";
    private String homePath = "/civic-portal";
    private List<String> trustedProxies = new ArrayList<>();

    /**
     * Absolute base URL of the public site as visitors see it (e.g. {@code https://stttt.example.gov.vn}), for share
     * links. Empty means Magnolia's {@code /server/defaultBaseUrl}. Never taken from the request's Host header.
     */
    public String getSiteUrl() {
        return siteUrl;
    }

    public void setSiteUrl(String siteUrl) {
        this.siteUrl = siteUrl == null ? "" : siteUrl.trim();
    }

    /** Path of the site's home page in the website workspace; the sample site puts it at /civic-portal. */
    public String getHomePath() {
        return homePath;
    }

    public void setHomePath(String homePath) {
        this.homePath = homePath == null || homePath.isBlank() ? "/" : homePath.trim();
    }

    /**
     * Proxies (CIDR, e.g. {@code 10.0.0.0/8}) whose X-Forwarded-For hop is taken as the client's address for the
     * per-IP rate limit: the load balancer or web server in front of the public instances.
     */
    public List<String> getTrustedProxies() {
        return trustedProxies;
    }

    public void setTrustedProxies(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies == null ? new ArrayList<>() : new ArrayList<>(trustedProxies);
    }
}
