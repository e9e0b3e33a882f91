package org.civicportal.jcr;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.derby.impl.io.DirStorageFactory;
import org.apache.derby.io.StorageFile;
import org.apache.derby.io.StorageRandomAccessFile;
import org.apache.derby.io.WritableStorageFactory;

/**
 * A Derby storage ({@code jdbc:derby:synccount:/path}) that is the disk's, counting per thread name
 * the writes that reach the disk before they return: a file's {@code sync()} (an fsync) and each
 * write to a file opened in a synchronous mode ({@code rwd} or {@code rws}, how Derby writes its
 * log where the platform allows). Registered with Derby by {@link #install}.
 */
public final class SyncCountingStorageFactory implements WritableStorageFactory {
  static final String SUBPROTOCOL = "synccount";
  private static final Map<String, AtomicLong> SYNCS = new ConcurrentHashMap<>();

  private final DirStorageFactory disk = new DirStorageFactory();

  /** Registers the storage with Derby (before its first use in the JVM). */
  static void install() {
    System.setProperty(
        "derby.subSubProtocol." + SUBPROTOCOL, SyncCountingStorageFactory.class.getName());
  }

  /** The synced writes so far by threads whose name starts with {@code threadPrefix}. */
  static long syncsBy(String threadPrefix) {
    return SYNCS.entrySet().stream()
        .filter(e -> e.getKey().startsWith(threadPrefix))
        .mapToLong(e -> e.getValue().get())
        .sum();
  }

  private static void count() {
    SYNCS
        .computeIfAbsent(Thread.currentThread().getName(), t -> new AtomicLong())
        .incrementAndGet();
  }

  @Override
  public void init(String home, String databaseName, String tempDirName, String uniqueName)
      throws IOException {
    disk.init(home, databaseName, tempDirName, uniqueName);
  }

  @Override
  public void shutdown() {
    disk.shutdown();
  }

  @Override
  public String getCanonicalName() throws IOException {
    return disk.getCanonicalName();
  }

  @Override
  public void setCanonicalName(String name) {
    disk.setCanonicalName(name);
  }

  @Override
  public StorageFile newStorageFile(String path) {
    return wrap(disk.newStorageFile(path));
  }

  @Override
  public StorageFile newStorageFile(String directory, String file) {
    return wrap(disk.newStorageFile(directory, file));
  }

  @Override
  public StorageFile newStorageFile(StorageFile directory, String file) {
    return wrap(disk.newStorageFile((StorageFile) unwrap(directory), file));
  }

  @Override
  public char getSeparator() {
    return disk.getSeparator();
  }

  @Override
  public StorageFile getTempDir() {
    return wrap(disk.getTempDir());
  }

  @Override
  public boolean isFast() {
    return disk.isFast();
  }

  @Override
  public boolean isReadOnlyDatabase() {
    return disk.isReadOnlyDatabase();
  }

  @Override
  public boolean supportsRandomAccess() {
    return disk.supportsRandomAccess();
  }

  @Override
  public int getStorageFactoryVersion() {
    return disk.getStorageFactoryVersion();
  }

  @Override
  public StorageFile createTemporaryFile(String prefix, String suffix) throws IOException {
    return wrap(disk.createTemporaryFile(prefix, suffix));
  }

  @Override
  public void sync(OutputStream stream, boolean metaData) throws IOException {
    disk.sync(stream, metaData);
    count();
  }

  @Override
  public boolean supportsWriteSync() {
    return disk.supportsWriteSync();
  }

  private static StorageFile wrap(StorageFile file) {
    return file == null ? null : proxy(StorageFile.class, new Delegate(file, null));
  }

  private static <T> T proxy(Class<T> type, Delegate delegate) {
    return type.cast(
        Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, delegate));
  }

  private static Object unwrap(Object value) {
    return value != null
            && Proxy.isProxyClass(value.getClass())
            && Proxy.getInvocationHandler(value) instanceof Delegate delegate
        ? delegate.target()
        : value;
  }

  /**
   * Passes every call on to {@code target}, with this class's proxies among the arguments replaced
   * by what they stand for (Derby's own files expect their own kind), and files and random access
   * files returned wrapped; for a random access file opened in {@code mode}, counts its syncs and,
   * when the mode is synchronous, its writes.
   */
  private record Delegate(Object target, String mode) implements InvocationHandler {
    @Override
    public Object invoke(Object self, Method method, Object[] args) throws Throwable {
      Object[] plain = args == null ? null : args.clone();
      for (int i = 0; plain != null && i < plain.length; i++) {
        plain[i] = unwrap(plain[i]);
      }
      Object result;
      try {
        result = method.invoke(target, plain);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      String name = method.getName();
      if ("sync".equals(name)
          || ("rwd".equals(mode) || "rws".equals(mode)) && name.startsWith("write")) {
        count();
      }
      if (result instanceof StorageRandomAccessFile file) {
        String opened = "getRandomAccessFile".equals(name) ? (String) args[0] : mode;
        return proxy(StorageRandomAccessFile.class, new Delegate(file, opened));
      }
      return result instanceof StorageFile file ? wrap(file) : result;
    }
  }
}
