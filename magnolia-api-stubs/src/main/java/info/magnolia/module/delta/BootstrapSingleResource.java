package info.magnolia.module.delta;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public class BootstrapSingleResource extends BootstrapResourcesTask {
  public BootstrapSingleResource(String name, String description, String resource) {
    throw new UnsupportedOperationException("stub");
  }
}
