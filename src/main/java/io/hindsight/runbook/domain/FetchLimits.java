package io.hindsight.runbook.domain;

/**
 * How much one fetch of a remote may bring: the pack's size in bytes and its number of objects. A
 * fetch over either limit fails before anything is kept.
 */
public record FetchLimits(long maxPackBytes, long maxObjects) {

  public static final long MEGABYTE = 1024L * 1024;

  public FetchLimits {
    if (maxPackBytes < 1 || maxObjects < 1) {
      throw new IllegalArgumentException("Fetch limits are positive.");
    }
  }

  public static FetchLimits of(long maxPackMegabytes, long maxObjects) {
    if (maxPackMegabytes < 1 || maxPackMegabytes > Long.MAX_VALUE / MEGABYTE) {
      throw new IllegalArgumentException("A pack limit is 1 MB or more.");
    }
    return new FetchLimits(maxPackMegabytes * MEGABYTE, maxObjects);
  }

  /** The pack limit for people: whole megabytes, or bytes below one. */
  public String packSize() {
    return maxPackBytes % MEGABYTE == 0 ? maxPackBytes / MEGABYTE + " MB" : maxPackBytes + " bytes";
  }
}
