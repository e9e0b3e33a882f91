package info.magnolia.cms.core;

import java.util.Locale;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public class AggregationState {
  public AggregationState() {
    throw new UnsupportedOperationException("stub");
  }

  public String getOriginalURI() {
    throw new UnsupportedOperationException("stub");
  }

  public Locale getLocale() {
    throw new UnsupportedOperationException("stub");
  }
}
