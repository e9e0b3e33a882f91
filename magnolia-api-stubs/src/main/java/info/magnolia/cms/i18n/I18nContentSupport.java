package info.magnolia.cms.i18n;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public interface I18nContentSupport {
  boolean isEnabled();
}
