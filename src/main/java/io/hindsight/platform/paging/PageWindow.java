package io.hindsight.platform.paging;

import java.util.Locale;

/**
 * Which rows of a list one page shows, counting pages from 1 as page addresses do: page 2 of 50
 * rows shows rows 51 to 100.
 *
 * @param page the page, from 1
 * @param size how many rows a page has at most
 * @param total how many rows the whole list has
 */
public record PageWindow(int page, int size, long total) {

  public PageWindow {
    if (page < 1) {
      throw new IllegalArgumentException("Pages count from 1, not " + page);
    }
    if (size < 1) {
      throw new IllegalArgumentException("A page has at least one row, not " + size);
    }
    if (total < 0) {
      throw new IllegalArgumentException("A list has no fewer than 0 rows, not " + total);
    }
  }

  /** The offset of the page's first row in the list, from 0, for a query. */
  public int offset() {
    return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
  }

  /** How many pages the list has; an empty list has one, empty, page. */
  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  /** The page is within the list (the first page always is). */
  public boolean exists() {
    return page <= pages();
  }

  public boolean hasPrevious() {
    return page > 1 && exists();
  }

  public boolean hasNext() {
    return page < pages();
  }

  /** The number of the first row shown, from 1; 0 when the page shows none. */
  public long first() {
    return exists() && total > 0 ? (long) (page - 1) * size + 1 : 0;
  }

  /** The number of the last row shown, from 1; 0 when the page shows none. */
  public long last() {
    return exists() ? Math.min((long) page * size, total) : 0;
  }

  /** What the page shows, as a person reads it: {@code 51–100 of 1,204}. */
  public String range() {
    if (first() == 0) {
      return "0 of " + grouped(total);
    }
    return grouped(first()) + "–" + grouped(last()) + " of " + grouped(total);
  }

  private static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
