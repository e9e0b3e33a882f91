package info.magnolia.module.model;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public class Version {
  protected Version(int major, int minor, int patch) {
    throw new UnsupportedOperationException("stub");
  }

  public static Version parseVersion(String versionStr) {
    throw new UnsupportedOperationException("stub");
  }

  public boolean isEquivalent(Version other) {
    throw new UnsupportedOperationException("stub");
  }

  public boolean isStrictlyAfter(Version other) {
    throw new UnsupportedOperationException("stub");
  }

  public String getClassifier() {
    throw new UnsupportedOperationException("stub");
  }
}
