package info.magnolia.i18nsystem;

import java.util.Locale;

import javax.inject.Provider;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public abstract class LocaleProvider implements Provider<Locale> {
    public LocaleProvider() {
        throw new UnsupportedOperationException("stub");
    }

    public abstract Locale getLocale();

    @Override
    public final Locale get() {
        throw new UnsupportedOperationException("stub");
    }
}
