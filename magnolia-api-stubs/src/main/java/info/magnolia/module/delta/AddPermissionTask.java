package info.magnolia.module.delta;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public class AddPermissionTask extends AbstractTask {
  public AddPermissionTask(
      String name,
      String description,
      String roleName,
      String workspaceName,
      String path,
      long permission,
      boolean includeSubNodes) {
    throw new UnsupportedOperationException("stub");
  }
}
