package org.civicportal.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who publishes the site: an emblem, a phone number and an e-mail address, and per language ({@link
 * IdentityText}) the agency, the province and the footer's publisher block. A JavaBean: Magnolia
 * fills it from {@code config:/modules/civic-portal/config/identity} (properties {@code emblem},
 * {@code phone}, {@code email}, child nodes {@code vi} and {@code en}); the standalone from a
 * properties file whose keys are {@link #KEYS} ({@code phone}, {@code vi.agencyName}, ...). {@link
 * #demo} holds the demo values both start from.
 */
public class SiteIdentity {
  /**
   * The demo identity, one UTF-8 properties file; the Magnolia bootstrap repeats it (a test holds
   * them together).
   */
  public static final String DEMO_RESOURCE = "/org/civicportal/identity/demo-identity.properties";

  private static final List<String> SHARED_KEYS = List.of("emblem", "phone", "email");
  private static final List<String> TEXT_KEYS =
      List.of("agencyName", "province", "governingBody", "address", "responsiblePerson", "licence");

  /**
   * Every key of a properties file: the shared ones, then each text key prefixed with "vi." and
   * "en.".
   */
  public static final Set<String> KEYS = keys();

  private String emblem = "";
  private String phone = "";
  private String email = "";
  private IdentityText vi = new IdentityText();
  private IdentityText en = new IdentityText();

  /**
   * The emblem or logo beside the agency's name: a URL path, an http(s) URL or, in Magnolia, a DAM
   * asset key ({@code jcr:<id>}); blank for the module's own emblem. The brand link names the
   * agency, so it is decorative.
   */
  public String getEmblem() {
    return emblem;
  }

  public void setEmblem(String emblem) {
    this.emblem = IdentityText.clean(emblem);
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = IdentityText.clean(phone);
  }

  /** The agency's public e-mail address, shown as a mailto: link. */
  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = IdentityText.clean(email);
  }

  public IdentityText getVi() {
    return vi;
  }

  public void setVi(IdentityText vi) {
    this.vi = vi == null ? new IdentityText() : vi;
  }

  public IdentityText getEn() {
    return en;
  }

  public void setEn(IdentityText en) {
    this.en = en == null ? new IdentityText() : en;
  }

  /** The texts in {@code lang}: English for "en", Vietnamese for anything else. */
  public IdentityText text(String lang) {
    return "en".equals(lang) ? en : vi;
  }

  /**
   * A copy with another emblem: the emblem reference resolved to a link by the site serving the
   * page.
   */
  public SiteIdentity withEmblem(String resolvedEmblem) {
    SiteIdentity copy = new SiteIdentity();
    copy.setEmblem(resolvedEmblem);
    copy.setPhone(phone);
    copy.setEmail(email);
    copy.setVi(vi);
    copy.setEn(en);
    return copy;
  }

  /** The demo identity: the department of the seed page. */
  public static SiteIdentity demo() {
    try (InputStream in = SiteIdentity.class.getResourceAsStream(DEMO_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + DEMO_RESOURCE);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), new SiteIdentity());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code defaults} with the values the properties give: keys from {@link #KEYS}, anything else is
   * refused.
   *
   * @throws IllegalArgumentException naming the first unknown key
   */
  public static SiteIdentity read(Reader properties, SiteIdentity defaults) throws IOException {
    Properties p = new Properties();
    p.load(properties);
    for (String key : p.stringPropertyNames()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "unknown identity key \"" + key + "\"; known keys: " + KEYS);
      }
    }
    SiteIdentity result = defaults.withEmblem(p.getProperty("emblem", defaults.emblem));
    result.setPhone(p.getProperty("phone", defaults.phone));
    result.setEmail(p.getProperty("email", defaults.email));
    result.setVi(texts(p, "vi.", defaults.vi));
    result.setEn(texts(p, "en.", defaults.en));
    return result;
  }

  /**
   * Every value by its properties key (shared ones, then Vietnamese, then English): what tests
   * compare.
   */
  public Map<String, String> asProperties() {
    Map<String, String> values = new java.util.LinkedHashMap<>();
    values.put("emblem", emblem);
    values.put("phone", phone);
    values.put("email", email);
    for (String lang : List.of("vi", "en")) {
      IdentityText t = text(lang);
      values.put(lang + ".agencyName", t.getAgencyName());
      values.put(lang + ".province", t.getProvince());
      values.put(lang + ".governingBody", t.getGoverningBody());
      values.put(lang + ".address", t.getAddress());
      values.put(lang + ".responsiblePerson", t.getResponsiblePerson());
      values.put(lang + ".licence", t.getLicence());
    }
    return values;
  }

  private static IdentityText texts(Properties p, String prefix, IdentityText defaults) {
    IdentityText t = new IdentityText();
    t.setAgencyName(p.getProperty(prefix + "agencyName", defaults.getAgencyName()));
    t.setProvince(p.getProperty(prefix + "province", defaults.getProvince()));
    t.setGoverningBody(p.getProperty(prefix + "governingBody", defaults.getGoverningBody()));
    t.setAddress(p.getProperty(prefix + "address", defaults.getAddress()));
    t.setResponsiblePerson(
        p.getProperty(prefix + "responsiblePerson", defaults.getResponsiblePerson()));
    t.setLicence(p.getProperty(prefix + "licence", defaults.getLicence()));
    return t;
  }

  private static Set<String> keys() {
    Set<String> keys = new TreeSet<>(SHARED_KEYS);
    for (String lang : List.of("vi", "en")) {
      TEXT_KEYS.forEach(k -> keys.add(lang + "." + k));
    }
    return java.util.Collections.unmodifiableSet(keys);
  }
}
