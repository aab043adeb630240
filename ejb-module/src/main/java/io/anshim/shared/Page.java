package io.anshim.shared;

import java.util.List;

/** One page of a longer list, with what a pager needs to show where it is. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

  public Page {
    items = List.copyOf(items);
  }

  /** The page of {@code all} that {@code request} asks for; empty past the end. */
  public static <T> Page<T> of(List<T> all, PageRequest request) {
    int from = Math.min(request.offset(), all.size());
    int to = Math.min(from + request.size(), all.size());
    return new Page<>(all.subList(from, to), request.page(), request.size(), all.size());
  }

  public int totalPages() {
    return (int) ((totalItems + size - 1) / size);
  }
}
