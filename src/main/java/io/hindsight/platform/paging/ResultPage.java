package io.hindsight.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, and how many items the whole list has. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

  public ResultPage {
    items = List.copyOf(items);
  }

  public <R> ResultPage<R> map(Function<? super T, ? extends R> mapping) {
    return new ResultPage<>(items.stream().<R>map(mapping).toList(), page, size, total);
  }

  /** The page with its items mapped all at once, so that the mapping can load what they share. */
  public <R> ResultPage<R> mapAll(Function<List<T>, List<R>> mapping) {
    return new ResultPage<>(mapping.apply(items), page, size, total);
  }
}
