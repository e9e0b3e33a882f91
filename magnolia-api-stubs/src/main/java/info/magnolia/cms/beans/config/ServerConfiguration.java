package info.magnolia.cms.beans.config;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public class ServerConfiguration {
    public ServerConfiguration() {
        throw new UnsupportedOperationException("stub");
    }

    public String getDefaultBaseUrl() {
        throw new UnsupportedOperationException("stub");
    }

    public boolean isAdmin() {
        throw new UnsupportedOperationException("stub");
    }
}
