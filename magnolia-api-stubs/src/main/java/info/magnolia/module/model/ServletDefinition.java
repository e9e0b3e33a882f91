package info.magnolia.module.model;

/** Stub of Magnolia 6.2.45: a servlet of a module descriptor, as the update reads it. */
public class ServletDefinition {
  public ServletDefinition() {}

  public String getName() {
    throw new UnsupportedOperationException("stub");
  }

  public String getClassName() {
    throw new UnsupportedOperationException("stub");
  }
}
