package info.magnolia.module.delta;

import info.magnolia.module.model.Version;
import java.util.List;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public interface Delta {
  Version getVersion();

  List<Task> getTasks();

  String getDescription();
}
