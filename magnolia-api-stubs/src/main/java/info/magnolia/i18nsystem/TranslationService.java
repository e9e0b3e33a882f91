package info.magnolia.i18nsystem;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public interface TranslationService {
    String translate(LocaleProvider localeProvider, String[] keys);
}
