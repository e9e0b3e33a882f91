package info.magnolia.cms.beans.config;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public class ServerConfiguration {
  /** Magnolia's platform builds it; tests subclass it to stand in for that platform. */
  public ServerConfiguration() {}

  public String getDefaultBaseUrl() {
    throw new UnsupportedOperationException("stub");
  }

  public boolean isAdmin() {
    throw new UnsupportedOperationException("stub");
  }
}
