package info.magnolia.module.delta;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public class NodeExistsDelegateTask extends ConditionalDelegateTask {
  public NodeExistsDelegateTask(
      String name,
      String description,
      String workspaceName,
      String pathToCheck,
      Task ifTrue,
      Task ifFalse) {
    throw new UnsupportedOperationException("stub");
  }
}
