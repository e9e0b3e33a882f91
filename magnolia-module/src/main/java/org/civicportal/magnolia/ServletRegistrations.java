package org.civicportal.magnolia;

/**
 * What an update does to one servlet of the module's descriptor, given how the site has it
 * registered in {@code /server/filters/servlets}. Magnolia registers a module's servlets only at
 * install; a release that adds a servlet or moves one to another class must bring installed sites
 * along, or the servlet is missing (404) or names a class that is gone (500).
 */
final class ServletRegistrations {
  /** The module's own classes: a registration naming another class is the admin's, and stays. */
  static final String MODULE_PACKAGE = "org.civicportal.";

  enum Change {
    /** Not registered: register it as an install does. */
    REGISTER,
    /** Registered with another class of this module (a class of an earlier version): repoint it. */
    REPOINT,
    /** Registered with the descriptor's class, or with a class an admin chose: leave it. */
    KEEP
  }

  private ServletRegistrations() {}

  /**
   * @param registeredClass the registration's {@code servletClass}, null when the site has no
   *     registration of that name
   * @param descriptorClass the class the current descriptor names
   */
  static Change change(String registeredClass, String descriptorClass) {
    if (registeredClass == null) {
      return Change.REGISTER;
    }
    return !registeredClass.equals(descriptorClass) && registeredClass.startsWith(MODULE_PACKAGE)
        ? Change.REPOINT
        : Change.KEEP;
  }
}
