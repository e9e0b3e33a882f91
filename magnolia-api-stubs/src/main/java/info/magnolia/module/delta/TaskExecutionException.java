package info.magnolia.module.delta;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public class TaskExecutionException extends Exception {
  public TaskExecutionException(String message, Throwable cause) {
    super(message, cause);
  }
}
