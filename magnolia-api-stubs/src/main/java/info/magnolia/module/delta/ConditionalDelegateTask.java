package info.magnolia.module.delta;

/** Stub of Magnolia 6.2.45: the type only, for the hierarchy of the tasks civic-portal creates. */
public abstract class ConditionalDelegateTask extends AbstractTask {
  ConditionalDelegateTask() {
    throw new UnsupportedOperationException("stub");
  }
}
