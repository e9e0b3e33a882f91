package org.civicportal.embedded;

import java.io.Writer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Derby writes its own log: to SLF4J at debug level, line by line, instead of a {@code
 * derby.log} file in the working directory. Derby's messages are its boot and shutdown notes and
 * the details of errors it also throws, which Jackrabbit logs where they happen.
 */
public final class DerbyLog {
  /** The Derby system property naming a static method that returns the log's writer. */
  static final String PROPERTY = "derby.stream.error.method";

  private static final Logger LOG = LoggerFactory.getLogger("org.apache.derby");

  private DerbyLog() {}

  /** Sends Derby's log here, unless the JVM was started with a Derby log setting of its own. */
  static void install() {
    if (System.getProperty(PROPERTY) == null
        && System.getProperty("derby.stream.error.file") == null
        && System.getProperty("derby.stream.error.field") == null) {
      System.setProperty(PROPERTY, DerbyLog.class.getName() + ".writer");
    }
  }

  /** Called by Derby (through {@value #PROPERTY}) when its engine boots. */
  public static Writer writer() {
    return new Writer() {
      private final StringBuilder line = new StringBuilder();

      @Override
      public synchronized void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
          if (chars[i] == '\n') {
            flush();
          } else if (chars[i] != '\r') {
            line.append(chars[i]);
          }
        }
      }

      @Override
      public synchronized void flush() {
        if (!line.isEmpty()) {
          LOG.debug("{}", line);
          line.setLength(0);
        }
      }

      @Override
      public void close() {
        flush();
      }
    };
  }
}
