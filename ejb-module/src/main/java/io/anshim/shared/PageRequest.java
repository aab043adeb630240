package io.anshim.shared;

/** Which slice of a long list to return: a 0-based page number and a page size. */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 0) {
      throw new InvalidRequestException("error.pageNegative", page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException("error.pageSize", size, MAX_SIZE);
    }
  }

  public static PageRequest first(int size) {
    return new PageRequest(0, size);
  }

  /** Index of the first item of this page in the whole list. */
  public int offset() {
    return Math.multiplyExact(page, size);
  }
}
