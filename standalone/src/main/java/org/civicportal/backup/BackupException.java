package org.civicportal.backup;

/** A backup or restore that cannot be done; the message says why, and nothing was changed. */
public final class BackupException extends Exception {
  public BackupException(String message) {
    super(message);
  }

  public BackupException(String message, Throwable cause) {
    super(message, cause);
  }
}
