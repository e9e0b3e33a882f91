package info.magnolia.module.delta;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public class SetPropertyTask extends PropertyValuesTask {
  public SetPropertyTask(String workspaceName, String nodePath, String propertyName, String value) {
    throw new UnsupportedOperationException("stub");
  }
}
