package org.civicportal.content;

import java.util.List;

/** One page of a listing, numbered from 1. */
public final class ResultPage<T> {
  private final List<T> items;
  private final int page;
  private final int pageSize;
  private final long total;

  public ResultPage(List<T> items, int page, int pageSize, long total) {
    this.items = List.copyOf(items);
    this.page = page;
    this.pageSize = pageSize;
    this.total = total;
  }

  public List<T> getItems() {
    return items;
  }

  public int getPage() {
    return page;
  }

  public int getPageSize() {
    return pageSize;
  }

  public long getTotal() {
    return total;
  }

  public int getTotalPages() {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }

  public boolean isHasPrevious() {
    return page > 1;
  }

  public boolean isHasNext() {
    return page < getTotalPages();
  }
}
