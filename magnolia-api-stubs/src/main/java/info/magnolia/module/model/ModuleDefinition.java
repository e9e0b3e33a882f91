package info.magnolia.module.model;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public class ModuleDefinition {
  public ModuleDefinition() {}

  public Version getVersion() {
    throw new UnsupportedOperationException("stub");
  }

  public java.util.Collection<ServletDefinition> getServlets() {
    throw new UnsupportedOperationException("stub");
  }
}
