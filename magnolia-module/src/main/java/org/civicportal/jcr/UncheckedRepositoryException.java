package org.civicportal.jcr;

import javax.jcr.RepositoryException;

/**
 * A repository failure crossing an API that cannot declare {@link RepositoryException} (services,
 * templates).
 */
public class UncheckedRepositoryException extends RuntimeException {
  public UncheckedRepositoryException(String message, RepositoryException cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}
