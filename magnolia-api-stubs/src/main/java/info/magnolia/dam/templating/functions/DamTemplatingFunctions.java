package info.magnolia.dam.templating.functions;

/** Stub of Magnolia DAM 3.0.32 (shipped with Magnolia 6.2.45): only the members civic-portal uses. */
public class DamTemplatingFunctions {
    private DamTemplatingFunctions() {
    }

    public String getAssetLink(String itemKey) {
        throw new UnsupportedOperationException("stub");
    }
}
