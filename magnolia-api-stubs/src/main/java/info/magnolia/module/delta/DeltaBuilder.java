package info.magnolia.module.delta;

import info.magnolia.module.model.Version;
import java.util.List;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public class DeltaBuilder implements Delta {
  DeltaBuilder() {
    throw new UnsupportedOperationException("stub");
  }

  public static DeltaBuilder update(String version, String description) {
    throw new UnsupportedOperationException("stub");
  }

  public DeltaBuilder addTasks(List<Task> tasks) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public Version getVersion() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public List<Task> getTasks() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public String getDescription() {
    throw new UnsupportedOperationException("stub");
  }
}
