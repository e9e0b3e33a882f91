package org.civicportal.templating;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code i18n} hash that the macro library reads, built from the module's {@code
 * /civic-portal/i18n/civic-portal-*-messages_<lang>.properties} bundles (UTF-8), as Magnolia's
 * {@code MessagesWrapper} provides it in Magnolia: {@code i18n['key']} gives the raw message,
 * {@code i18n.get('key', [args])} formats it with {@link MessageFormat}. A key missing in the
 * language falls back to English, then to the key itself (Magnolia shows the key too).
 */
public final class Messages implements TemplateHashModel {
  static final String I18N_DIR = "civic-portal/i18n/";

  /**
   * The site bundle is always there: it anchors the search for the folder in every classpath root.
   */
  private static final String ANCHOR = I18N_DIR + "civic-portal-site-messages_en.properties";

  private static final Pattern BUNDLE =
      Pattern.compile("civic-portal-[a-z0-9-]+-messages_([a-z]{2})\\.properties");
  private static final String FALLBACK_LANG = "en";

  private final String lang;
  private final Locale locale;
  private final Map<String, String> messages;

  private Messages(String lang, Map<String, String> messages) {
    this.lang = lang;
    this.locale = Locale.forLanguageTag(lang);
    this.messages = messages;
  }

  /**
   * The messages of {@code lang} from every civic-portal bundle on the class loader, English
   * filling gaps.
   */
  public static Messages load(ClassLoader classLoader, String lang) {
    Map<String, Map<String, String>> byLang = readAll(classLoader);
    Map<String, String> merged = new HashMap<>(byLang.getOrDefault(FALLBACK_LANG, Map.of()));
    merged.putAll(byLang.getOrDefault(lang, Map.of()));
    return new Messages(lang, Collections.unmodifiableMap(merged));
  }

  public static Messages load(String lang) {
    return load(Messages.class.getClassLoader(), lang);
  }

  public String getLang() {
    return lang;
  }

  /** The message, unformatted; the key itself when no bundle has it. */
  public String text(String key) {
    return messages.getOrDefault(key, key);
  }

  /** The message formatted with {@code args} for this language. */
  public String format(String key, Object... args) {
    return new MessageFormat(text(key), locale).format(args);
  }

  /** Every key known in this language (its own and the English fallback's). */
  public java.util.Set<String> keys() {
    return new TreeSet<>(messages.keySet());
  }

  @Override
  public TemplateModel get(String key) {
    if ("get".equals(key)) {
      return (TemplateMethodModelEx) this::invokeGet;
    }
    return new SimpleScalar(text(key));
  }

  @Override
  public boolean isEmpty() {
    return messages.isEmpty();
  }

  /**
   * {@code i18n.get('key')} or {@code i18n.get('key', [args])}, as Magnolia's MessagesWrapper.get.
   */
  private Object invokeGet(List<?> arguments) throws TemplateModelException {
    if (arguments.isEmpty() || !(arguments.get(0) instanceof TemplateScalarModel)) {
      throw new TemplateModelException("i18n.get(key[, args]) needs a key");
    }
    String key = ((TemplateScalarModel) arguments.get(0)).getAsString();
    if (arguments.size() < 2) {
      return text(key);
    }
    if (!(arguments.get(1) instanceof TemplateSequenceModel)) {
      throw new TemplateModelException("i18n.get(key, args): args must be a sequence");
    }
    TemplateSequenceModel seq = (TemplateSequenceModel) arguments.get(1);
    List<Object> args = new ArrayList<>(seq.size());
    for (int i = 0; i < seq.size(); i++) {
      args.add(DeepUnwrap.unwrap(seq.get(i)));
    }
    return format(key, args.toArray());
  }

  private static Map<String, Map<String, String>> readAll(ClassLoader classLoader) {
    Map<String, Map<String, String>> byLang = new HashMap<>();
    try {
      for (URL anchor : Collections.list(classLoader.getResources(ANCHOR))) {
        for (String resource : bundlesBeside(anchor)) {
          Matcher m = BUNDLE.matcher(resource.substring(resource.lastIndexOf('/') + 1));
          if (m.matches()) {
            Map<String, String> target = byLang.computeIfAbsent(m.group(1), k -> new HashMap<>());
            readInto(new URL(anchor, resource.substring(resource.lastIndexOf('/') + 1)), target);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the civic-portal message bundles", e);
    }
    if (byLang.isEmpty()) {
      throw new IllegalStateException("no message bundle found at /" + ANCHOR);
    }
    return byLang;
  }

  /**
   * Names of the files in the anchor's folder, whether the folder is a directory or inside a jar.
   */
  private static List<String> bundlesBeside(URL anchor) throws IOException {
    List<String> names = new ArrayList<>();
    if ("jar".equals(anchor.getProtocol())) {
      JarURLConnection connection = (JarURLConnection) anchor.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        for (JarEntry entry : Collections.list(jar.entries())) {
          String name = entry.getName();
          if (name.startsWith(I18N_DIR)
              && name.indexOf('/', I18N_DIR.length()) < 0
              && !entry.isDirectory()) {
            names.add(name);
          }
        }
      }
    } else if ("file".equals(anchor.getProtocol())) {
      Path dir;
      try {
        dir = Paths.get(anchor.toURI()).getParent();
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.properties")) {
        for (Path file : files) {
          names.add(I18N_DIR + file.getFileName());
        }
      }
    } else {
      names.add(ANCHOR);
    }
    Collections.sort(names);
    return names;
  }

  private static void readInto(URL url, Map<String, String> target) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = url.openStream();
        InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    for (String key : properties.stringPropertyNames()) {
      target.put(key, properties.getProperty(key));
    }
  }
}
