package org.civicportal.standalone;

/** A command line the standalone site cannot run with; the message says what is wrong. */
public final class UsageException extends Exception {
  public UsageException(String message) {
    super(message);
  }
}
