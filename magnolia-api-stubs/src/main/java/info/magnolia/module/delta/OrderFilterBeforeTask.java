package info.magnolia.module.delta;

/** Stub of Magnolia 6.2.45: only the members civic-portal uses. */
public class OrderFilterBeforeTask extends AbstractRepositoryTask {
    public OrderFilterBeforeTask(String filterName, String[] filtersAfter) {
        throw new UnsupportedOperationException("stub");
    }
}
