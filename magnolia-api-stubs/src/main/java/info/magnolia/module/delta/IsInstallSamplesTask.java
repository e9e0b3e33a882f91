package info.magnolia.module.delta;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public class IsInstallSamplesTask extends ConditionalDelegateTask {
  public IsInstallSamplesTask(String name, String description, Task ifTrue) {
    throw new UnsupportedOperationException("stub");
  }
}
