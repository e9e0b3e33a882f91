package info.magnolia.context;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public class MgnlContext {
  public MgnlContext() {
    throw new UnsupportedOperationException("stub");
  }

  public static boolean hasInstance() {
    throw new UnsupportedOperationException("stub");
  }

  public static <T, E extends Throwable> T doInSystemContext(
      Op<T, E> op, boolean releaseAfterExecution) throws E {
    throw new UnsupportedOperationException("stub");
  }

  /** Stub of Magnolia 6.2.45's MgnlContext.Op. */
  public interface Op<T, E extends Throwable> {
    T exec() throws E;
  }
}
