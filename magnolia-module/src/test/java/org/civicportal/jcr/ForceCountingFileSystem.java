package org.civicportal.jcr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:forcecount:/path}) that is the disk's, counting the calls that
 * force a file to the disk ({@link FileChannel#force}, what an fsync is in Java) per thread name.
 * Registered with H2 by {@link #install}.
 */
public final class ForceCountingFileSystem extends FilePathWrapper {
  static final String SCHEME = "forcecount";
  private static final Map<String, AtomicLong> FORCES = new ConcurrentHashMap<>();

  /** Registers the file system with H2 (idempotent). */
  static void install() {
    FilePath.register(new ForceCountingFileSystem());
  }

  /** The forces so far by threads whose name starts with {@code threadPrefix}. */
  static long forcesBy(String threadPrefix) {
    return FORCES.entrySet().stream()
        .filter(e -> e.getKey().startsWith(threadPrefix))
        .mapToLong(e -> e.getValue().get())
        .sum();
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    return new Counting(super.open(mode));
  }

  /** The disk's channel, with force counted. */
  private static final class Counting extends FileChannel {
    private final FileChannel disk;

    Counting(FileChannel disk) {
      this.disk = disk;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      disk.force(metaData);
      FORCES
          .computeIfAbsent(Thread.currentThread().getName(), t -> new AtomicLong())
          .incrementAndGet();
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return disk.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
      return disk.read(dsts, offset, length);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      return disk.write(src);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
      return disk.write(srcs, offset, length);
    }

    @Override
    public long position() throws IOException {
      return disk.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      disk.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return disk.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      disk.truncate(size);
      return this;
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target)
        throws IOException {
      return disk.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count)
        throws IOException {
      return disk.transferFrom(src, position, count);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
      return disk.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
      return disk.write(src, position);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
      return disk.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
      return disk.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return disk.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      disk.close();
    }
  }
}
