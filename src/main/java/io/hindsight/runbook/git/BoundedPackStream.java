package io.hindsight.runbook.git;

import io.hindsight.runbook.domain.FetchLimits;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A pack as it arrives, cut off once it is over the limits: the object count its header declares is
 * checked before any object is read, the bytes as they are read.
 */
final class BoundedPackStream extends FilterInputStream {

  private static final int HEADER = 12;

  private final FetchLimits limits;
  private final byte[] header = new byte[HEADER];
  private long read;

  BoundedPackStream(InputStream in, FetchLimits limits) {
    super(in);
    this.limits = limits;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(buffer, offset, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] discard = new byte[(int) Math.min(n, 8192)];
    int skipped = read(discard, 0, discard.length);
    return Math.max(skipped, 0);
  }

  private void counted(byte[] bytes, int offset, int length) throws IOException {
    long before = read;
    read += length;
    if (before < HEADER) {
      int copy = (int) Math.min(length, HEADER - before);
      System.arraycopy(bytes, offset, header, (int) before, copy);
      if (read >= HEADER && isPack()) {
        long objects =
            ((header[8] & 0xffL) << 24)
                | ((header[9] & 0xffL) << 16)
                | ((header[10] & 0xffL) << 8)
                | (header[11] & 0xffL);
        if (objects > limits.maxObjects()) {
          throw new PackLimitExceededException(
              "The remote sends "
                  + objects
                  + " objects, more than the limit of "
                  + limits.maxObjects()
                  + ".");
        }
      }
    }
    if (read > limits.maxPackBytes()) {
      throw new PackLimitExceededException(
          "The remote sends a pack larger than the limit of " + limits.packSize() + ".");
    }
  }

  private boolean isPack() {
    return header[0] == 'P' && header[1] == 'A' && header[2] == 'C' && header[3] == 'K';
  }
}
